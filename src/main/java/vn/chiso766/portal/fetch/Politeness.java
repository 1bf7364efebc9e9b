package vn.chiso766.portal.fetch;

import java.time.Duration;

/**
 * How gently fetch calls the portal: its firewall resets hurried scripted calls, so one request
 * at a time with a pause, bounded waits, and a few spaced retries of what is likely transient.
 *
 * @param delay   pause between two requests
 * @param tries   attempts per request before giving up (429, 5xx, reset, time-out)
 * @param backoff first wait before a retry, doubled at each further try
 * @param maxWait longest wait before a retry, whatever Retry-After asks
 */
public record Politeness(Duration delay, Duration connectTimeout, Duration readTimeout, int tries,
                         Duration backoff, Duration maxWait) {
    public Politeness {
        if (delay.isNegative() || tries < 1) {
            throw new IllegalArgumentException("delay < 0 or tries < 1");
        }
    }

    public static Politeness defaults() {
        return new Politeness(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                Duration.ofSeconds(5), Duration.ofMinutes(2));
    }

    public Politeness withDelay(Duration pause) {
        return new Politeness(pause, connectTimeout, readTimeout, tries, backoff, maxWait);
    }

    /** The wait before try number {@code next} (2, 3, …) when the portal did not say how long. */
    Duration backoffBefore(int next) {
        Duration wait = backoff.multipliedBy(1L << Math.min(20, next - 2));
        return cap(wait);
    }

    Duration cap(Duration wait) {
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
