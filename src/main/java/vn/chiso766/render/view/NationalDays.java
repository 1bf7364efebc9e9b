package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;

/**
 * A province's place among the provinces on each snapshot's day that has a national list, and the
 * sentence officials write from it (An Giang, 308/UBND-TH: "ngày 27/02/2023 tỉnh đứng vị trí thứ
 * 4/63, ngày 07/3/2023 thứ 8/63 … hiện nay (ngày 27/3/2023) tỉnh đang đứng vị trí thứ 10/63").
 */
public final class NationalDays {
    /** The most days a sentence names, today's included: more is more than a reader takes in. */
    static final int NAMED = 4;

    private NationalDays() {
    }

    /** The province ranked in the day's national list: its place of how many, and its total. */
    public record Day(LocalDate day, int rank, int of, Optional<BigDecimal> total) {
    }

    /** Every snapshot of the period up to {@code period}'s own figures whose national list ranks the province, oldest first. */
    public static List<Day> of(Results results, Period period, String province) {
        List<Day> days = new ArrayList<>();
        for (PeriodResult snapshot : results.snapshots(period)) {
            if (snapshot.period().compareTo(period) <= 0) {
                day(snapshot, province).ifPresent(days::add);
            }
        }
        return days;
    }

    /** The province on one snapshot's day, where that day has a national list ranking it. */
    static Optional<Day> day(PeriodResult snapshot, String province) {
        Optional<NationalRanking> ranking = snapshot.national().filter(n -> n.period().equals(snapshot.period()));
        return ranking.flatMap(r -> r.place(province).flatMap(p -> p.rank().map(rank -> day(snapshot, r, p, rank))));
    }

    private static Day day(PeriodResult snapshot, NationalRanking ranking, NationalPlace place, int rank) {
        return new Day(snapshot.period().snapshot(), rank, ranking.ranked(), place.row().total());
    }

    /**
     * The days a sentence names, oldest first, at most {@link #NAMED}: the period's first, the first of
     * the latest day's month, the one before the latest, and the latest.
     */
    static List<Day> named(List<Day> days) {
        if (days.size() <= NAMED) {
            return days;
        }
        Day latest = days.get(days.size() - 1);
        Day monthStart = days.stream().filter(d -> d.day().getYear() == latest.day().getYear()
                && d.day().getMonth() == latest.day().getMonth()).findFirst().orElseThrow();
        Set<Day> named = new LinkedHashSet<>(List.of(days.get(0), monthStart, days.get(days.size() - 2), latest));
        return List.copyOf(named);
    }

    /**
     * "ngày 01/01/2026 tỉnh đứng thứ 4/34, ngày 01/10/2026 thứ 8/34; hiện nay (ngày 08/10/2026) tỉnh đang
     * đứng vị trí thứ 10/34 tỉnh, thành phố với 66,23 điểm, giảm 1 bậc so với ngày 07/10/2026"; empty
     * unless the period's figures are a snapshot whose own day has a national list ranking the province.
     *
     * @param label how the text names the province ("tỉnh")
     */
    public static Optional<String> sentence(Results results, Period period, String province, String label) {
        List<Day> days = of(results, period, province);
        if (period.snapshot() == null || days.isEmpty() || !days.get(days.size() - 1).day().equals(period.snapshot())) {
            return Optional.empty();
        }
        List<Day> named = named(days);
        Day today = named.get(named.size() - 1);
        List<String> earlier = new ArrayList<>();
        for (Day d : named.subList(0, named.size() - 1)) {
            earlier.add("ngày " + PeriodNames.date(d.day()) + (earlier.isEmpty() ? " " + label + " đứng thứ " : " thứ ")
                    + d.rank() + "/" + d.of());
        }
        StringBuilder s = new StringBuilder(String.join(", ", earlier));
        s.append(earlier.isEmpty() ? "" : "; ").append("hiện nay (ngày ").append(PeriodNames.date(today.day())).append(") ")
                .append(label).append(" đang đứng vị trí thứ ").append(today.rank()).append('/').append(today.of())
                .append(" tỉnh, thành phố");
        today.total().ifPresent(t -> s.append(" với ").append(Format.points(t)).append(" điểm"));
        if (days.size() > 1) {
            Day before = days.get(days.size() - 2);
            s.append(", ").append(PortalTexts.move(before.rank() - today.rank())).append(" so với ngày ")
                    .append(PeriodNames.date(before.day()));
        }
        return Optional.of(s.toString());
    }
}
