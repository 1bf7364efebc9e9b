package vn.chiso766.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A target set for units (a row of targets.csv).
 *
 * @param scope     a unit code, a kind's name ({@code COMMUNE}) or {@link #EVERY}
 * @param indicator an indicator code (a ratio in percent), a group code or {@link #TOTAL} (points),
 *                  or {@link #PLACE} (the province's place among the provinces)
 * @param from      the first period it applies to, by months (inclusive); empty: no lower bound
 * @param until     the last period it applies to, by months (inclusive); empty: no upper bound
 * @param source    the document that set it; may be empty
 */
public record Target(String scope, String indicator, BigDecimal target, Optional<Period> from,
                     Optional<Period> until, String source) {
    public static final String EVERY = "*";
    public static final String TOTAL = "TOTAL";
    public static final String PLACE = "PLACE";

    public Target {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(target);
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        source = source == null ? "" : source;
    }

    /** Whether every month of the period lies within from.firstMonth() .. until.lastMonth(). */
    public boolean appliesTo(Period period) {
        return from.map(f -> !period.firstMonth().isBefore(f.firstMonth())).orElse(true)
                && until.map(u -> !period.lastMonth().isAfter(u.lastMonth())).orElse(true);
    }

    /** Whether the two rows' month ranges share a month (open bounds reach forever). */
    public boolean overlaps(Target other) {
        boolean startsBeforeOtherEnds = from.isEmpty() || other.until.isEmpty()
                || !from.get().firstMonth().isAfter(other.until.get().lastMonth());
        boolean otherStartsBeforeEnd = other.from.isEmpty() || until.isEmpty()
                || !other.from.get().firstMonth().isAfter(until.get().lastMonth());
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    /** How specifically the row names a unit: 2 its code, 1 its kind, 0 every unit; empty when not at all. */
    public OptionalInt specificity(Unit unit) {
        if (scope.equals(unit.code())) {
            return OptionalInt.of(2);
        }
        if (scope.equals(unit.kind().name())) {
            return OptionalInt.of(1);
        }
        return scope.equals(EVERY) ? OptionalInt.of(0) : OptionalInt.empty();
    }
}
