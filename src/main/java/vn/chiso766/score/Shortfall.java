package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Indicator;

/**
 * An indicator on which a province's units lose points, and which units hold it down, in counts.
 *
 * @param lost            points all its units lose on it together
 * @param common          where every unit with counts carries the same figures (the portal repeats
 *                        three province-wide CKMB indicators on every unit): those figures, which
 *                        adding up per unit would count again and again
 * @param shared          with common figures, what they need for the maximum, once
 * @param total           the items the units need together (the sum of {@code units}); 0 with common figures
 * @param units           units needing items, most first; their counts add up to {@code total} and
 *                        their percentages to 100
 * @param withoutCounts   units losing points on it for which the data gives no count (score given
 *                        without counts, denominator 0, a given score the rule disagrees with)
 * @param unitsSum        the units' numerators and denominators added up (with common figures: those)
 * @param province        the province's own numerator and denominator, where it has them
 */
public record Shortfall(Indicator indicator, BigDecimal lost, Optional<Counts> common, Optional<CountPlan> shared,
                        BigDecimal total,
                        List<UnitShare> units, List<PlanItemOf> withoutCounts, Optional<Counts> unitsSum,
                        Optional<Counts> province) {
    public Shortfall {
        units = List.copyOf(units);
        withoutCounts = List.copyOf(withoutCounts);
    }

    /**
     * The units that account for most of the total: from the first, until their joint share
     * reaches {@code percent} or {@code max} units are named (at least one where any).
     */
    public List<UnitShare> leading(int percent, int max) {
        List<UnitShare> out = new java.util.ArrayList<>();
        for (UnitShare u : units) {
            if (out.size() == max || (!out.isEmpty() && out.get(out.size() - 1).cumulative() >= percent)) {
                break;
            }
            out.add(u);
        }
        return out;
    }

    /** True where the province's own counts are not the sum of its units' counts (nor, with common figures, those). */
    public boolean provinceNotSum() {
        return province.isPresent() && !province.equals(unitsSum);
    }

    /**
     * A unit's part of the shortfall.
     *
     * @param percent    its share of the total in whole percent; shares are rounded cumulatively
     *                   (each running sum of shares is rounded half up, a unit's percent is the
     *                   step between two running sums), so any leading units' percents add up to
     *                   their rounded joint share and all of them to exactly 100
     * @param cumulative the rounded joint share of this unit and every one before it
     */
    public record UnitShare(UnitResult unit, CountPlan counts, BigDecimal lost, int percent, int cumulative) {
    }

    /** A unit's plan item that has no counts. */
    public record PlanItemOf(UnitResult unit, PlanItem item) {
    }

    /** A numerator over a denominator, without trailing zeros so that 11 and 11.0 are the same figure. */
    public record Counts(BigDecimal numerator, BigDecimal denominator) {
        public Counts {
            numerator = numerator.stripTrailingZeros();
            denominator = denominator.stripTrailingZeros();
        }
    }
}
