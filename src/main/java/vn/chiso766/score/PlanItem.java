package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;
import vn.chiso766.model.Band;

/**
 * One "điểm nghẽn" of a unit's plan: the points it loses, what the counts need where they can
 * say, and the unit's total once it and every item before it reach their maximum.
 *
 * @param counts     present exactly where {@code basis} is {@link Basis#COUNTS}
 * @param totalAfter the running total, empty where the unit has no total
 * @param bandAfter  the band of that total
 */
public record PlanItem(Loss loss, Basis basis, Optional<CountPlan> counts, Optional<BigDecimal> totalAfter,
                       Optional<Band> bandAfter) {

    /** Why the plan gives counts for this item, or why it cannot. */
    public enum Basis {
        /** Counts under the catalogue's rule. */
        COUNTS,
        /** A group the portal scores as a whole: the catalogue has no indicator computing its points (CLGQ, TTTT). */
        GROUP_AS_WHOLE,
        /** A group given without its indicators' figures (a province's own group rows). */
        GROUP_WITHOUT_DETAIL,
        /** A given group score that its indicators' points do not add up to (a GROUP_MISMATCH finding). */
        GROUP_MISMATCH,
        /** An indicator whose score is given without counts. */
        SCORE_WITHOUT_COUNTS,
        /** A given score that differs from the rule's points for the same counts (a RULE_MISMATCH finding). */
        RULE_MISMATCH,
        /** The counts already give the maximum; the given score is a cent below it. */
        ROUNDED,
        /** A denominator of 0 scoring nothing: there is no count to add to. */
        EMPTY_DENOMINATOR,
        /** Counts that are not whole numbers. */
        NOT_WHOLE,
        /** Full points would need a numerator above the denominator (a threshold above 100%). */
        UNREACHABLE
    }
}
