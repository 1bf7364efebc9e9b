package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;
import vn.chiso766.model.Target;
import vn.chiso766.model.Unit;

/**
 * A target applied to a unit in a period, and how the unit stands against it.
 *
 * @param value  the ratio in percent (rounded as the portal shows it), the points, or the place; empty: no data
 * @param needed for a missed target: the items to add to the numerator (denominator unchanged), the
 *               points short, or the places to gain; empty otherwise, or where the counts allow no count
 * @param score  the indicator's figures behind a ratio; empty for points and places
 */
public record TargetResult(Unit unit, Target target, Measure measure, Optional<BigDecimal> value, Status status,
                           Optional<BigDecimal> needed, Optional<IndicatorScore> score) {

    /** What the target measures. */
    public enum Measure {
        /** An indicator's ratio in percent: met at or above the target. */
        RATIO,
        /** A group's points or the total: met at or above the target. */
        POINTS,
        /** The province's place among the provinces: met at or below the target. */
        PLACE
    }

    /** Met, missed, or neither for want of data. */
    public enum Status {
        MET, MISSED, NO_DATA
    }

    public boolean met() {
        return status == Status.MET;
    }

    public boolean missed() {
        return status == Status.MISSED;
    }
}
