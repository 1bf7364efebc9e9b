package vn.chiso766.score;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;

/** Ranks the portal's national list of provinces and compares it with the previous one. Pure. */
public final class NationalRanks {
    /** Highest total first; ties in code order so that tables are stable. */
    static final Comparator<NationalRow> ORDER = Comparator
            .comparing((NationalRow r) -> r.total().orElseThrow()).reversed()
            .thenComparing(NationalRow::provinceCode);

    private NationalRanks() {
    }

    /** @param previous the national list the rank changes are measured against, where there is one */
    public static NationalRanking of(NationalList list, Optional<NationalList> previous, Catalogue catalogue) {
        Map<String, Integer> ranks = competition(list.rows());
        Map<String, Integer> before = previous.map(p -> competition(p.rows())).orElse(Map.of());
        List<NationalRow> ranked = list.rows().stream().filter(r -> r.total().isPresent()).sorted(ORDER).toList();
        List<NationalRow> unranked = list.rows().stream().filter(r -> r.total().isEmpty()).toList();
        List<NationalPlace> places = Stream.concat(ranked.stream(), unranked.stream())
                .map(r -> place(r, ranks, before, catalogue)).toList();
        return new NationalRanking(list.period(), places, ranked.size(), previous.map(NationalList::period));
    }

    /** Standard competition ranking (1, 2, 2, 4) by total; a province without a total is not ranked. */
    public static Map<String, Integer> competition(List<NationalRow> rows) {
        List<NationalRow> ranked = rows.stream().filter(r -> r.total().isPresent()).sorted(ORDER).toList();
        return Ranks.competition(ranked, r -> r.total().orElseThrow(), NationalRow::provinceCode);
    }

    private static NationalPlace place(NationalRow row, Map<String, Integer> ranks, Map<String, Integer> before,
                                       Catalogue catalogue) {
        Optional<Integer> rank = Optional.ofNullable(ranks.get(row.provinceCode()));
        Optional<Integer> previous = Optional.ofNullable(before.get(row.provinceCode()));
        Optional<Integer> delta = rank.flatMap(r -> previous.map(p -> p - r));
        return new NationalPlace(row, rank, previous, delta, row.total().map(catalogue::bandOf));
    }
}
