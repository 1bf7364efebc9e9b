package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal total = ranked.get(i).total().orElseThrow();
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
                previous = total;
            }
            ranks.put(ranked.get(i).unit().code(), rank);
        }
        return ranks;
    }
}
