package vn.chiso766.portal.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The Retry-After header (RFC 9110): a number of seconds or an HTTP date. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** How long the server asks to wait from {@code now}; empty when absent or unreadable. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value != null && value.trim().matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        }
        return HttpDate.parse(value).map(when -> {
            Duration wait = Duration.between(now, when);
            return wait.isNegative() ? Duration.ZERO : wait;
        });
    }
}
