package vn.chiso766.score;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who moved most in one ranking table since the period's previous snapshot. Pure.
 *
 * @param up   the units that rose most in rank, the largest rise first (then the largest gain of points)
 * @param down the units that fell most in rank, the largest fall first (then the largest loss of points)
 */
public record Movers(Scope scope, List<Movement> up, List<Movement> down) {
    private static final Comparator<Movement> RISE = Comparator.comparing((Movement m) -> m.deltaRank().orElseThrow())
            .thenComparing(m -> m.deltaTotal().orElse(java.math.BigDecimal.ZERO)).reversed()
            .thenComparing(m -> m.now().unit().code());
    private static final Comparator<Movement> FALL = Comparator.comparing((Movement m) -> m.deltaRank().orElseThrow())
            .thenComparing(m -> m.deltaTotal().orElse(java.math.BigDecimal.ZERO))
            .thenComparing(m -> m.now().unit().code());

    public Movers {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /**
     * Each ranking table's movers from the previous snapshot {@code before} to {@code now}, at most
     * {@code limit} each way; tables where no rank changed are left out, and all when there is no
     * previous snapshot.
     */
    public static List<Movers> of(PeriodResult now, Optional<PeriodResult> before, int limit) {
        if (before.isEmpty()) {
            return List.of();
        }
        return now.scopes().stream().map(scope -> of(scope, before.get(), limit))
                .filter(m -> !m.up().isEmpty() || !m.down().isEmpty()).toList();
    }

    static Movers of(ScopeStats scope, PeriodResult before, int limit) {
        List<Movement> moved = scope.ranked().stream().map(u -> Movement.since(u, Optional.of(before)))
                .filter(m -> m.deltaRank().filter(d -> d != 0).isPresent()).toList();
        return new Movers(scope.scope(),
                moved.stream().filter(m -> m.deltaRank().get() > 0).sorted(RISE).limit(limit).toList(),
                moved.stream().filter(m -> m.deltaRank().get() < 0).sorted(FALL).limit(limit).toList());
    }
}
