package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Group;

/** A group's points for a unit and period, with the indicators behind them. */
public record GroupScore(Group group, Optional<BigDecimal> points, Source source, List<IndicatorScore> indicators) {

    /** Where the group's points come from. */
    public enum Source {
        /** The group row of the data: the official figure. */
        GIVEN,
        /** The sum of the indicators' rounded points. */
        SUM,
        /** No data. */
        MISSING
    }

    public GroupScore {
        indicators = List.copyOf(indicators);
        points = points.map(Points::shared);
    }

    public Optional<BigDecimal> lost() {
        return points.map(p -> group.max().subtract(p).max(BigDecimal.ZERO));
    }

    /** Points as a share of the maximum, 0–1 (above 1 where the data exceeds the maximum). */
    public Optional<BigDecimal> share() {
        return points.map(p -> Points.ratio(p, group.max()));
    }
}
