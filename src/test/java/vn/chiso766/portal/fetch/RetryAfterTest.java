package vn.chiso766.portal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-09-05T01:15:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Sat, 05 Sep 2026 01:16:30 GMT", NOW));
    }

    @Test
    void aDatePassedMeansNowAndGarbageMeansNothing() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 05 Sep 2026 01:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    }
}
