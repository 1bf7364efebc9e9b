package vn.chiso766.render.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.TrendPoint;
import vn.chiso766.render.view.PlanTexts;
import vn.chiso766.render.view.PortalTexts;
import vn.chiso766.render.view.Responsibles;
import vn.chiso766.render.view.ShortfallTexts;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.Shortfall;
import vn.chiso766.score.UnitResult;

/**
 * The one-to-two-page meeting briefing of a province: a heat map of units × groups, the best and
 * weakest of each kind, the biggest movers and the province's trend.
 *
 * @param bands      the legend: band names, highest first, their level being their position
 * @param trend      the province's latest periods, oldest first
 * @param trendChart the province's trend chart over every period, null with fewer than two
 * @param national   the province's place in the portal's national list; "" where the period has none
 * @param provenance where the period's figures came from; "" where the data does not say
 * @param plan       the indicators costing the units most that counts can plan, and the units holding them back
 * @param targets    the targets set for the province's units (targets.csv); empty where none applies
 */
public record BriefingView(String title, String subject, String heading, String headline, List<String> groupNames,
                           List<HeatRow> heatMap, List<String> bands, List<KindTop> kinds, List<Mover> risers,
                           List<Mover> fallers, String previous, List<ScorecardPage.TrendRow> trend,
                           List<TrendPoint> trendPoints, PdfChart trendChart, String national, String provenance,
                           List<PlanRow> plan, List<TargetRow> targets) {
    /** Units a kind may have and still be listed one by one in the heat map; beyond, its median. */
    static final int HEAT_MAP_LIMIT = 25;
    static final int TOP = 5;
    /** Units a plan row names at most. */
    static final int PLAN_UNITS = 2;
    static final String TREND = "xu-huong";
    /** Periods the trend table lists, the latest ones; the chart shows them all. */
    static final int TREND_ROWS = 4;
    private static final double TREND_WIDTH_MM = 115;

    /** @param level the band index of the share (0 = highest), -1 for no data */
    public record Cell(String text, int level) {
    }

    public record HeatRow(String name, boolean summary, List<Cell> groups, Cell total) {
    }

    public record KindTop(String kind, List<RankingRow> best, List<RankingRow> weakest) {
    }

    public record Mover(String name, String change, String rankChange, String total) {
    }

    /**
     * An indicator to fix.
     *
     * @param units  the units needing most, with their counts, or the province-wide figures
     * @param share  their joint share of what the units need ("47%"), "" for province-wide figures
     * @param needed what all units need together, or the province-wide figures need
     */
    public record PlanRow(String indicator, String units, String share, String needed) {
    }

    /**
     * A target of the province's units.
     *
     * @param met      "97/140": units that met it, of those it applies to
     * @param furthest the units furthest from it and what each takes
     */
    public record TargetRow(String target, String scope, String met, String missed, String furthest) {
    }

    static BriefingView of(ProvincePeriod pp) {
        String month = PeriodNames.title(pp.period().period());
        String label = NoticeSettings.provinceLabel(pp.name());
        List<Group> groups = pp.catalogue().groups();
        List<UnitResult> moved = pp.members().stream().filter(u -> u.standing().deltaTotal().isPresent()).toList();
        Comparator<UnitResult> byDelta = Comparator.comparing(u -> u.standing().deltaTotal().orElseThrow());
        Optional<ScorecardPage> own = pp.province().map(pp::page);
        List<TrendPoint> points = own.map(ScorecardPage::trendPoints).orElse(List.of());
        List<ScorecardPage.TrendRow> trend = own.map(ScorecardPage::trend).orElse(List.of());
        PdfChart chart = points.size() < 2 ? null
                : PdfChart.of(TREND, PrintCharts.trend(pp.name(), points, pp.catalogue()), TREND_WIDTH_MM);
        return new BriefingView("Tóm tắt kết quả Bộ chỉ số 766 " + month + " — " + pp.name(),
                "Tài liệu họp: kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp " + month + " của " + label,
                "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp " + month + " — " + pp.name(),
                NoticeText.province(pp, label).get(0),
                groups.stream().map(Group::name).toList(), heatMap(pp),
                pp.catalogue().bands().stream().map(Band::name).toList(),
                pp.tables().stream().map(t -> top(t, groups)).toList(),
                moved.stream().filter(u -> u.standing().deltaTotal().get().signum() > 0).sorted(byDelta.reversed())
                        .limit(TOP).map(BriefingView::mover).toList(),
                moved.stream().filter(u -> u.standing().deltaTotal().get().signum() < 0).sorted(byDelta)
                        .limit(TOP).map(BriefingView::mover).toList(),
                pp.previous().map(p -> PeriodNames.month(p.period())).orElse(""),
                List.copyOf(trend.subList(Math.max(0, trend.size() - TREND_ROWS), trend.size())), points, chart,
                NoticeText.national(pp, label).orElse(""), PortalTexts.officialProvenance(pp.provenance()), plan(pp),
                TargetText.briefing(pp));
    }

    /** The charts the briefing template places, by the names of its objects. */
    static Map<String, Figure> charts(BriefingView view, ProvincePeriod pp) {
        return view.trendChart() == null ? Map.of()
                : Map.of(TREND, PrintCharts.trend(pp.name(), view.trendPoints(), pp.catalogue()));
    }

    private static List<HeatRow> heatMap(ProvincePeriod pp) {
        Catalogue catalogue = pp.catalogue();
        List<HeatRow> rows = new ArrayList<>();
        pp.province().ifPresent(u -> rows.add(unitRow(u, catalogue)));
        for (ScopeStats table : pp.tables()) {
            if (table.ranking().size() <= HEAT_MAP_LIMIT) {
                table.ranking().forEach(u -> rows.add(unitRow(u, catalogue)));
            } else {
                rows.add(medianRow(table, catalogue));
            }
        }
        return rows;
    }

    private static HeatRow unitRow(UnitResult unit, Catalogue catalogue) {
        List<Cell> cells = unit.card().groups().stream()
                .map(g -> cell(g.points(), g.group().max(), catalogue)).toList();
        return new HeatRow(unit.unit().name(), false, cells, cell(unit.card().total(), catalogue.maxTotal(), catalogue));
    }

    private static HeatRow medianRow(ScopeStats table, Catalogue catalogue) {
        List<Cell> cells = catalogue.groups().stream()
                .map(g -> cell(Optional.ofNullable(table.medianGroups().get(g.code())), g.max(), catalogue)).toList();
        String name = "Trung vị của " + table.ranked().size() + " " + NoticeText.lower(table.scope().kind().label());
        return new HeatRow(name, true, cells, cell(table.medianTotal(), catalogue.maxTotal(), catalogue));
    }

    /** Points coloured by the band their share of the maximum would earn as a total. */
    private static Cell cell(Optional<BigDecimal> points, BigDecimal max, Catalogue catalogue) {
        if (points.isEmpty()) {
            return new Cell("—", -1);
        }
        BigDecimal asTotal = vn.chiso766.score.Points.ratio(points.get(), max).multiply(catalogue.maxTotal());
        return new Cell(Format.points(points.get()), catalogue.bands().indexOf(catalogue.bandOf(asTotal)));
    }

    private static KindTop top(ScopeStats table, List<Group> groups) {
        List<UnitResult> ranked = table.ranked();
        int n = Math.min(TOP, ranked.size());
        List<UnitResult> weakest = new ArrayList<>(ranked.subList(Math.max(n, ranked.size() - TOP), ranked.size()));
        java.util.Collections.reverse(weakest);
        return new KindTop(table.scope().kind().label(), RankingRow.of(ranked.subList(0, n), groups),
                RankingRow.of(weakest, groups));
    }

    private static Mover mover(UnitResult unit) {
        return new Mover(unit.unit().name(), Format.signedPoints(unit.standing().deltaTotal().orElseThrow()),
                unit.standing().deltaRank().map(Format::signed).orElse(""),
                unit.card().total().map(Format::points).orElse(Format.NO_DATA));
    }

    private static List<PlanRow> plan(ProvincePeriod pp) {
        return PlanText.shortfalls(pp).stream().map(s -> {
            String code = s.indicator().code();
            if (s.common().isPresent()) {
                Shortfall.Counts c = s.common().get();
                String lead = Responsibles.sentence(pp.map().results().dataset(), s.indicator());
                return new PlanRow(s.indicator().name(), "Số liệu chung của toàn tỉnh (" + Format.count(c.numerator()) + "/"
                        + Format.count(c.denominator()) + ")" + (lead.isEmpty() ? "" : "; " + lead), "",
                        PlanTexts.items(code, s.shared().orElseThrow().toFull()));
            }
            List<Shortfall.UnitShare> leading = s.leading(PlanText.LEADING_PERCENT, PLAN_UNITS);
            return new PlanRow(s.indicator().name(), ShortfallTexts.named(leading),
                    leading.get(leading.size() - 1).cumulative() + "%", PlanTexts.items(code, s.total()));
        }).toList();
    }
}
