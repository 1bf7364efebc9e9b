package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.render.data.TargetRecords;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** Builds a period's overview, and the home page from the latest period. */
public final class OverviewPages {
    /** How many best and weakest units an overview names per table. */
    static final int STANDOUTS = 3;

    private OverviewPages() {
    }

    /** @param home true for the site's home page (index.html at the root) */
    public static OverviewPage of(SiteMap map, PeriodResult period, boolean home) {
        Period p = period.period();
        String path = home ? SiteMap.HOME : map.period(p);
        String title = (home ? "Kết quả mới nhất · " : "Tổng quan ") + PeriodNames.title(p);
        Frame frame = home ? Frames.of(map, path, title, p, List.of()).withKinds(Frames.kinds(map))
                : Frames.of(map, path, title, p, List.of(Frames.home()));
        List<OverviewPage.Province> provinces = new ArrayList<>();
        for (String code : provinceOrder(map, period)) {
            provinces.add(province(map, period, code, map.provinceName(code)));
        }
        Link provinceRanking = map.rankings(period).stream().filter(s -> s.scope().national()).findFirst()
                .map(s -> new Link(map.ranking(p, s.scope()), "Xếp hạng các tỉnh, thành phố")).orElse(null);
        // Earlier periods of its kind only: a period's overview stays as published when later periods arrive.
        List<Link> others = map.results().series(p.span()).stream().map(PeriodResult::period)
                .filter(o -> o.compareTo(p) < 0).map(o -> Frames.period(map, o)).toList();
        return new OverviewPage(frame, PeriodNames.title(p), home, provinces, provinceRanking,
                new Link(map.quality(p), "Chất lượng dữ liệu"), Format.count(period.findings().size()),
                new Link(map.openData(p, OpenData.CSV), OpenData.CSV), new Link(map.openData(p, OpenData.JSON), OpenData.JSON),
                map.workbook(p),
                new Link(SiteMap.ARCHIVE, "Lưu trữ các kỳ"), others,
                PortalTexts.provenance(map.results().dataset().provenance(p)),
                period.national().map(n -> new Link(map.nationalRanking(p), "Xếp hạng các tỉnh, thành phố")).orElse(null),
                pictures(map, period), MoversViews.of(map, period),
                TargetRecords.applies(period, map.results().dataset()) ? new Link(map.targets(p), "Chỉ tiêu được giao")
                        : null);
    }

    /** The province's charts where the data has one province. */
    private static OverviewPage.Pictures pictures(SiteMap map, PeriodResult period) {
        return map.national() ? null : map.provinces().entrySet().stream().findFirst()
                .flatMap(p -> ProvincePictures.of(map, period, p.getKey(), p.getValue())).orElse(null);
    }

    /** Provinces in rank order where they are ranked (national data), else in units.csv order. */
    private static List<String> provinceOrder(SiteMap map, PeriodResult period) {
        List<String> order = new ArrayList<>();
        map.rankings(period).stream().filter(s -> s.scope().national())
                .forEach(s -> s.ranking().forEach(u -> order.add(u.unit().code())));
        map.provinces().keySet().stream().filter(code -> !order.contains(code)).forEach(order::add);
        return order;
    }

    private static OverviewPage.Province province(SiteMap map, PeriodResult period, String code, String name) {
        Catalogue catalogue = map.results().dataset().catalogue();
        Period p = period.period();
        List<OverviewPage.Table> tables = new ArrayList<>();
        for (ScopeStats stats : map.rankings(period)) {
            if (!stats.scope().national() && stats.scope().province().equals(code)) {
                tables.add(table(map, p, stats, catalogue));
            }
        }
        Optional<UnitResult> own = period.unit(code);
        Link unit = new Link(own.map(u -> map.scorecard(p, code)).orElse(""), name);
        return new OverviewPage.Province(unit, Texts.points(own.flatMap(u -> u.card().total())),
                Texts.band(own.flatMap(u -> u.card().band()), catalogue),
                own.flatMap(u -> u.standing().rank().map(r -> r + "/" + u.standing().rankOf())).orElse(""),
                Texts.totalChange(own.flatMap(u -> u.standing().deltaTotal())),
                own.map(u -> Texts.rankChange(u.standing())).orElse(new Change(Texts.NONE, "không so sánh được", "none")),
                tables, map.documents(p, code), PortalTexts.standing(period.national(), code, false)
                        .map(s -> PortalTexts.subject(name) + " " + s + ".").orElse(""));
    }

    private static OverviewPage.Table table(SiteMap map, Period p, ScopeStats stats, Catalogue catalogue) {
        List<UnitResult> ranked = stats.ranked();
        List<UnitResult> best = ranked.subList(0, Math.min(STANDOUTS, ranked.size()));
        List<UnitResult> weakest = ranked.subList(Math.max(best.size(), ranked.size() - STANDOUTS), ranked.size());
        return new OverviewPage.Table(stats.scope().kind().label(), new Link(map.ranking(p, stats.scope()),
                "Bảng xếp hạng đầy đủ"), Format.count(ranked.size()), Format.count(stats.ranking().size()),
                Texts.points(stats.medianTotal()), RankingPages.bandCounts(stats, catalogue),
                standouts(map, p, best, catalogue), standouts(map, p, weakest, catalogue));
    }

    private static List<OverviewPage.Standout> standouts(SiteMap map, Period p, List<UnitResult> units,
                                                         Catalogue catalogue) {
        return units.stream().map(u -> new OverviewPage.Standout(u.standing().rank().map(String::valueOf).orElse(""),
                new Link(map.scorecard(p, u.unit().code()), u.unit().name()), Texts.points(u.card().total()),
                Texts.band(u.card().band(), catalogue))).toList();
    }
}
