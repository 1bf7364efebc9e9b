package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.BandCounts;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.UnitResult;

/**
 * The pictures of a province's overview, with the tables they summarise: its six groups against
 * their maximum, its total and place among the provinces over the periods of the page's kind up
 * to the page's own (a period's page shows nothing from later periods).
 */
final class ProvincePictures {
    private ProvincePictures() {
    }

    /** Empty where the province has no row of its own in the period. */
    static Optional<OverviewPage.Pictures> of(SiteMap map, PeriodResult period, String code, String name) {
        Catalogue catalogue = map.results().dataset().catalogue();
        List<TrendPoint> points = trendPoints(map, period.period(), code);
        boolean placed = points.stream().anyMatch(t -> t.rank() != null);
        return period.unit(code).map(own -> new OverviewPage.Pictures(name, groupBars(own), groupRows(own),
                "Điểm đạt của " + name + " ở từng nhóm (thanh đậm, có ghi số điểm) so với điểm tối đa của nhóm"
                        + " (thanh nhạt).", points, trendRows(map, period.period(), code, catalogue),
                trendCaption(name, placed), placed, catalogue.maxTotal().doubleValue(),
                catalogue.bands().stream().map(Band::name).toList(), bandCounts(map, period, code, catalogue)));
    }

    private static List<BandCounts> bandCounts(SiteMap map, PeriodResult period, String code, Catalogue catalogue) {
        return map.rankings(period).stream().filter(s -> !s.scope().national() && s.scope().province().equals(code))
                .map(s -> new BandCounts(s.scope().kind().label(), catalogue.bands().stream()
                        .map(b -> s.bandCounts().getOrDefault(b.name(), 0)).toList())).toList();
    }

    private static String trendCaption(String name, boolean placed) {
        return "Tổng điểm của " + name + " (đường liền, có ghi số điểm, trục trái)" + (placed
                ? " và hạng trong danh sách các tỉnh, thành phố (đường đứt, trục phải, hạng 1 ở trên)" : "")
                + " qua các kỳ.";
    }

    private static List<GroupBar> groupBars(UnitResult own) {
        return own.card().groups().stream().map(g -> new GroupBar(g.group().name(),
                g.points().map(BigDecimal::doubleValue).orElse(null), g.group().max().doubleValue(), null)).toList();
    }

    private static List<OverviewPage.GroupRow> groupRows(UnitResult own) {
        return own.card().groups().stream().map(g -> new OverviewPage.GroupRow(g.group().name(),
                Texts.points(g.points()), Format.points(g.group().max()), Texts.percent(g.share()))).toList();
    }

    private static List<TrendPoint> trendPoints(SiteMap map, Period last, String code) {
        return history(map, last).stream().map(p -> new TrendPoint(PeriodNames.monthShort(p.period()),
                p.unit(code).flatMap(u -> u.card().total()).map(BigDecimal::doubleValue).orElse(null),
                place(p, code).flatMap(NationalPlace::rank).orElse(null))).toList();
    }

    private static List<OverviewPage.TrendRow> trendRows(SiteMap map, Period last, String code, Catalogue catalogue) {
        return history(map, last).stream().map(p -> {
            Optional<UnitResult> u = p.unit(code);
            return new OverviewPage.TrendRow(Frames.period(map, p.period()), Texts.points(u.flatMap(x -> x.card().total())),
                    Texts.band(u.flatMap(x -> x.card().band()), catalogue),
                    p.national().flatMap(n -> n.place(code).map(pl -> Texts.rank(pl.rank(), n.ranked()))).orElse(""));
        }).toList();
    }

    /** The periods of the page's kind (months, quarters or years) up to the page's own. */
    private static List<PeriodResult> history(SiteMap map, Period last) {
        return map.results().periods().stream()
                .filter(p -> p.period().span() == last.span() && p.period().compareTo(last) <= 0).toList();
    }

    private static Optional<NationalPlace> place(PeriodResult period, String code) {
        return period.national().flatMap((NationalRanking n) -> n.place(code));
    }
}
