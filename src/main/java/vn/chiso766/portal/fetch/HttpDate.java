package vn.chiso766.portal.fetch;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An HTTP date (RFC 9110's IMF-fixdate, "Sat, 10 Oct 2026 01:00:00 GMT"), as in Date and Retry-After. */
final class HttpDate {
    private HttpDate() {
    }

    /** The instant, or empty when absent or unreadable. */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
