package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A unit's change since the period's previous snapshot, like {@link Standing}'s deltas.
 *
 * @param before     the unit at the previous snapshot, if there is one and the unit is in it
 * @param deltaTotal total − previous total; empty without either total
 * @param deltaRank  previous rank − rank: positive means moved up; empty without either rank
 */
public record Movement(UnitResult now, Optional<UnitResult> before, Optional<BigDecimal> deltaTotal,
                       Optional<Integer> deltaRank) {

    /** The unit's movement from {@code before} (the same unit at the previous snapshot) to {@code now}. */
    public static Movement of(UnitResult now, Optional<UnitResult> before) {
        Optional<BigDecimal> deltaTotal = now.card().total()
                .flatMap(t -> before.flatMap(b -> b.card().total()).map(t::subtract));
        Optional<Integer> deltaRank = now.standing().rank()
                .flatMap(r -> before.flatMap(b -> b.standing().rank()).map(p -> p - r));
        return new Movement(now, before, deltaTotal, deltaRank);
    }

    /** The unit's movement since the previous snapshot {@code before}; empties when there is none. */
    public static Movement since(UnitResult now, Optional<PeriodResult> before) {
        return of(now, before.flatMap(b -> b.unit(now.unit().code())));
    }

    /** The rank the unit had at the previous snapshot. */
    public Optional<Integer> previousRank() {
        return before.flatMap(b -> b.standing().rank());
    }
}
