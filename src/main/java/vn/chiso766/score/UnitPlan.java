package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;

/**
 * A unit's plan: its "điểm nghẽn" in the order of the points they give back (as {@link Losses}),
 * each with its counts where the data allows, and the running total.
 *
 * @param crossing the index of the first item after which the running total earns a higher band
 *                 than now; empty where none does, or the unit has no total
 */
public record UnitPlan(Optional<BigDecimal> total, Optional<Band> band, List<PlanItem> items,
                       Optional<Integer> crossing) {
    public UnitPlan {
        items = List.copyOf(items);
    }
}
