package vn.chiso766.render.view;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.score.Movement;
import vn.chiso766.score.Movers;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.ScopeStats;

/** Builds the overview's "who moved most since the previous snapshot". */
public final class MoversViews {
    /** How many units each way per table. */
    static final int LIMIT = 5;

    private MoversViews() {
    }

    public static MoversView of(SiteMap map, PeriodResult period) {
        Optional<PeriodResult> before = map.results().previousSnapshot(period.period());
        List<ScopeStats> published = map.rankings(period);
        List<MoversView.Table> tables = Movers.of(period, before, LIMIT).stream()
                .flatMap(m -> published.stream().filter(s -> s.scope().equals(m.scope()))
                        .map(s -> table(map, period.period(), RankingPages.scopeLabel(map, s), m)))
                .toList();
        return before.map(b -> new MoversView(lead(period.period(), b.period()), tables)).orElse(MoversView.NONE);
    }

    /** "Số liệu ngày 08/10/2026 so với ngày 01/10/2026" (a plain file: its final figures). */
    static String lead(Period now, Period before) {
        String figures = now.snapshot() == null ? "Số liệu chính thức của " + PeriodNames.month(now)
                : "Số liệu ngày " + PeriodNames.date(now.snapshot());
        return figures + " so với ngày " + PeriodNames.date(before.snapshot()) + " (ngày lấy số liệu liền trước).";
    }

    private static MoversView.Table table(SiteMap map, Period p, String kind, Movers movers) {
        return new MoversView.Table(kind, movers.up().stream().map(m -> mover(map, p, m)).toList(),
                movers.down().stream().map(m -> mover(map, p, m)).toList());
    }

    private static MoversView.Mover mover(SiteMap map, Period p, Movement m) {
        String code = m.now().unit().code();
        return new MoversView.Mover(new Link(map.scorecard(p, code), m.now().unit().name()),
                Texts.rank(m.now().standing().rank(), m.now().standing().rankOf()),
                m.previousRank().map(String::valueOf).orElse(Texts.NONE), Texts.rankChange(m.deltaRank().orElseThrow()),
                Texts.points(m.now().card().total()), Texts.totalChange(m.deltaTotal()));
    }
}
