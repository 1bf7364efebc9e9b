package vn.chiso766.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every observation of one period file. Immutable; a class rather than a record so that a file's rows
 * may be kept encoded and made each time they are asked for ({@link #deferred}): a year of daily
 * snapshots is a million rows, which scoring needs once each, one file at a time.
 */
public final class PeriodData {
    private final Period period;
    private final String file;
    private final Supplier<List<Observation>> observations;

    public PeriodData(Period period, String file, List<Observation> observations) {
        List<Observation> rows = List.copyOf(observations);
        this.period = Objects.requireNonNull(period);
        this.file = Objects.requireNonNull(file);
        this.observations = () -> rows;
    }

    private PeriodData(Period period, String file, Supplier<List<Observation>> observations) {
        this.period = Objects.requireNonNull(period);
        this.file = Objects.requireNonNull(file);
        this.observations = observations;
    }

    /** A file whose rows {@code observations} makes anew at each call (the same rows every time), never kept. */
    public static PeriodData deferred(Period period, String file, Supplier<List<Observation>> observations) {
        return new PeriodData(period, file, observations);
    }

    public Period period() {
        return period;
    }

    public String file() {
        return file;
    }

    /** The rows, in file order; for deferred data made at each call, so a caller keeps them only as long as it needs. */
    public List<Observation> observations() {
        return observations.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodData d && period.equals(d.period) && file.equals(d.file)
                && observations().equals(d.observations());
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, file, observations());
    }

    @Override
    public String toString() {
        return "PeriodData[period=" + period + ", file=" + file + "]";
    }
}
