package vn.chiso766.score;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Period;

/**
 * All periods scored, in ascending order, with the dataset they come from. Each kind of period
 * (month, quarter, year) is its own series.
 *
 * @param snapshots every period's snapshots scored, oldest first, by the period without its date
 */
public record Results(Dataset dataset, List<PeriodResult> periods, Map<Period, List<PeriodResult>> snapshots) {
    /** The most recent figures first: by the day they stand for, then the shorter period. */
    private static final Comparator<Period> RECENCY = Comparator.comparing(Period::asOf)
            .thenComparing(Period::span, Comparator.reverseOrder());

    public Results {
        periods = List.copyOf(periods);
        snapshots = Map.copyOf(snapshots);
    }

    public Results(Dataset dataset, List<PeriodResult> periods) {
        this(dataset, periods, Map.of());
    }

    /** The period whose figures are the most recent, of any kind (the site's home). */
    public PeriodResult latest() {
        return periods.stream().max(Comparator.comparing(PeriodResult::period, RECENCY)).orElseThrow();
    }

    /** The latest period of one kind, if the data has any. */
    public Optional<PeriodResult> latest(Period.Span span) {
        return series(span).stream().reduce((a, b) -> b);
    }

    /** One kind's periods, oldest first. */
    public List<PeriodResult> series(Period.Span span) {
        return periods.stream().filter(p -> p.period().span() == span).toList();
    }

    /** The kinds of period the data has, shortest first. */
    public List<Period.Span> spans() {
        return periods.stream().map(p -> p.period().span()).distinct().sorted().toList();
    }

    /** The period's snapshots scored, oldest first; empty for a period without snapshots. */
    public List<PeriodResult> snapshots(Period period) {
        return snapshots.getOrDefault(period.plain(), List.of());
    }

    /**
     * The figures just before these in the period's own series of snapshots: the previous snapshot,
     * or for a plain file its latest snapshot.
     */
    public Optional<PeriodResult> previousSnapshot(Period period) {
        PeriodResult before = null;
        for (PeriodResult snapshot : snapshots(period)) {
            if (snapshot.period().compareTo(period) >= 0) {
                break;
            }
            before = snapshot;
        }
        return Optional.ofNullable(before);
    }

    public Optional<PeriodResult> period(Period period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /** The period of the same kind before this one in the data, if any. */
    public Optional<PeriodResult> previous(Period period) {
        PeriodResult before = null;
        for (PeriodResult p : series(period.span())) {
            if (p.period().samePeriod(period)) {
                return Optional.ofNullable(before);
            }
            before = p;
        }
        return Optional.empty();
    }

    /** A unit's results over every period of one kind it appears in, oldest first. */
    public List<UnitResult> history(String unitCode, Period.Span span) {
        return series(span).stream().flatMap(p -> p.unit(unitCode).stream()).toList();
    }

    public List<Finding> findings() {
        return periods.stream().flatMap(p -> p.findings().stream()).toList();
    }
}
