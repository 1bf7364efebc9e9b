package vn.chiso766.score;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Period;

/** All periods scored, in ascending order, with the dataset they come from. */
public record Results(Dataset dataset, List<PeriodResult> periods) {
    public Results {
        periods = List.copyOf(periods);
    }

    public PeriodResult latest() {
        return periods.get(periods.size() - 1);
    }

    public Optional<PeriodResult> period(Period period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /** The period before this one in the data, if any. */
    public Optional<PeriodResult> previous(Period period) {
        PeriodResult before = null;
        for (PeriodResult p : periods) {
            if (p.period().equals(period)) {
                return Optional.ofNullable(before);
            }
            before = p;
        }
        return Optional.empty();
    }

    /** A unit's results over every period it appears in, oldest first. */
    public List<UnitResult> history(String unitCode) {
        return periods.stream().flatMap(p -> p.unit(unitCode).stream()).toList();
    }

    public List<Finding> findings() {
        return periods.stream().flatMap(p -> p.findings().stream()).toList();
    }
}
