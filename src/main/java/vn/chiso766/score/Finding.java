package vn.chiso766.score;

import java.util.Optional;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;

/** A data-quality finding: reported, never fatal; the figure is kept as given. */
public record Finding(Period period, String unitCode, Type type, String message,
                      Optional<Observation.Source> source) {

    public enum Type {
        /** A unit has no row at all in a period. */
        NO_DATA,
        /** A unit has some data but a group has none, so it has no total. */
        INCOMPLETE,
        /** A scored indicator has no row while its group is summed from the others. */
        MISSING_INDICATOR,
        /** A given score above its maximum. */
        ABOVE_MAXIMUM,
        /** A given group score that differs from the sum of its indicators. */
        GROUP_MISMATCH,
        /** A given indicator score that differs from what the catalogue's rule computes from its counts. */
        RULE_MISMATCH,
        /** The portal's own note on a figure (dataQualityStatus, dataQualityMessage). */
        PORTAL_NOTE,
        /** A province's total differs from its row in the period's national list. */
        NATIONAL_MISMATCH
    }
}
