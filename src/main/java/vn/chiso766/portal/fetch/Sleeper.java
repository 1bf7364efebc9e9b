package vn.chiso766.portal.fetch;

import java.time.Duration;

/** Waits between requests; tests pass one that only records, so they never really wait. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
