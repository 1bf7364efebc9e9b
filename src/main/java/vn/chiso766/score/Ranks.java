package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Standard competition ranking (1, 2, 2, 4) by total, highest first. Pure. */
public final class Ranks {
    /** Highest total first; ties in code order so that tables are stable. */
    public static final Comparator<Scorecard> ORDER = Comparator
            .comparing((Scorecard c) -> c.total().orElse(BigDecimal.valueOf(-1))).reversed()
            .thenComparing(c -> c.unit().code());

    private Ranks() {
    }

    /** The rank of every complete scorecard, by unit code; incomplete ones are not ranked. */
    public static Map<String, Integer> competition(List<Scorecard> cards) {
        List<Scorecard> ranked = cards.stream().filter(Scorecard::complete).sorted(ORDER).toList();
        return competition(ranked, c -> c.total().orElseThrow(), c -> c.unit().code());
    }

    /** The competition rank of every item of a list already sorted highest total first, by code. */
    static <T> Map<String, Integer> competition(List<T> sorted, Function<T, BigDecimal> total,
                                                Function<T, String> code) {
        Map<String, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal value = total.apply(sorted.get(i));
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
                previous = value;
            }
            ranks.put(code.apply(sorted.get(i)), rank);
        }
        return ranks;
    }
}
