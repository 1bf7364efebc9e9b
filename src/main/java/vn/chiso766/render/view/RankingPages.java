package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.HeatRow;
import vn.chiso766.render.chart.RankingBar;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** Builds the ranking page of one table. */
public final class RankingPages {
    private RankingPages() {
    }

    public static RankingPage of(SiteMap map, PeriodResult period, ScopeStats stats) {
        Catalogue catalogue = map.results().dataset().catalogue();
        Period p = period.period();
        String path = map.ranking(p, stats.scope());
        String label = scopeLabel(map, stats);
        String title = "Xếp hạng " + label + " · " + PeriodNames.title(p);
        Frame frame = Frames.of(map, path, title, p, List.of(Frames.home(), Frames.period(map, p)));
        List<RankingPage.Row> rows = new ArrayList<>();
        for (int i = 0; i < stats.ranking().size(); i++) {
            rows.add(row(map, p, catalogue, i + 1, stats.ranking().get(i)));
        }
        List<String> median = catalogue.groups().stream()
                .map(g -> Texts.points(Optional.ofNullable(stats.medianGroups().get(g.code())))).toList();
        boolean hasPrevious = map.results().previous(p).isPresent();
        return new RankingPage(frame, PeriodNames.title(p), label, heads(catalogue), rows, median,
                Texts.points(stats.medianTotal()), bandCounts(stats, catalogue), Format.count(stats.ranked().size()),
                bars(stats, catalogue), catalogue.groups().stream().map(Group::code).toList(), heat(stats), catalogue.maxTotal().doubleValue(),
                new Link(map.openData(p, OpenData.CSV), OpenData.CSV), new Link(map.openData(p, OpenData.JSON), OpenData.JSON),
                map.workbook(p),
                hasPrevious);
    }

    /** "Sở, ban, ngành", with the province's name in national data. */
    public static String scopeLabel(SiteMap map, ScopeStats stats) {
        String kind = stats.scope().kind().label();
        return map.national() && !stats.scope().national() ? kind + " · " + map.provinceName(stats.scope().province())
                : kind;
    }

    static List<RankingPage.GroupHead> heads(Catalogue catalogue) {
        return catalogue.groups().stream()
                .map(g -> new RankingPage.GroupHead(g.code(), g.name(), Format.count(g.max()))).toList();
    }

    private static RankingPage.Row row(SiteMap map, Period p, Catalogue catalogue, int stt, UnitResult unit) {
        List<RankingPage.Cell> groups = unit.card().groups().stream().map(g -> cell(g.points())).toList();
        Optional<Integer> rank = unit.standing().rank();
        return new RankingPage.Row(String.valueOf(stt),
                new Link(map.scorecard(p, unit.unit().code()), unit.unit().name()), groups, cell(unit.card().total()),
                Texts.band(unit.card().band(), catalogue),
                new RankingPage.Cell(rank.map(String::valueOf).orElse(Format.NO_DATA), rank.map(String::valueOf).orElse("")),
                Texts.rankChange(unit.standing()), unit.standing().deltaRank().map(String::valueOf).orElse(""),
                Texts.totalChange(unit.standing().deltaTotal()),
                Texts.sortKey(unit.standing().deltaTotal()));
    }

    private static RankingPage.Cell cell(Optional<BigDecimal> value) {
        return new RankingPage.Cell(Texts.points(value), Texts.sortKey(value));
    }

    static List<BandCount> bandCounts(ScopeStats stats, Catalogue catalogue) {
        List<BandCount> counts = new ArrayList<>();
        catalogue.bands().forEach(b -> counts.add(new BandCount(Texts.band(Optional.of(b), catalogue),
                Format.count(stats.bandCounts().getOrDefault(b.name(), 0)))));
        return counts;
    }

    private static List<RankingBar> bars(ScopeStats stats, Catalogue catalogue) {
        return stats.ranked().stream().map(u -> new RankingBar(u.unit().name(), u.card().total().orElseThrow().doubleValue(),
                catalogue.bands().indexOf(u.card().band().orElseThrow()))).toList();
    }

    private static List<HeatRow> heat(ScopeStats stats) {
        return stats.ranking().stream().filter(u -> !u.card().empty()).map(u -> new HeatRow(u.unit().name(),
                u.card().groups().stream().map(g -> g.share().map(s -> s.doubleValue() * 100).orElse(null)).toList()))
                .toList();
    }
}
