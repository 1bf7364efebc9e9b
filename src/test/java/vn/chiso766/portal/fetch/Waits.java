package vn.chiso766.portal.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that only records what it was asked to wait, and the tests' clock and politeness. */
public final class Waits implements Sleeper {
    /** 5 September 2026, 08:15 in Hanoi: August has ended. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-05T01:15:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final List<Duration> waits = new ArrayList<>();

    /**
     * No pause, 3 tries, back-off from 1 s, waits capped at 30 s; time-outs of 5 s, which only a
     * silent server reaches (shorter ones fire on a busy machine's slow first answer).
     */
    public static Politeness politeness() {
        return withTimeouts(Duration.ofSeconds(5));
    }

    public static Politeness withTimeouts(Duration timeout) {
        return new Politeness(Duration.ZERO, timeout, timeout, 3, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
