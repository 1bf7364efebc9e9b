package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;

/**
 * A unit's scorecard for one period: where it stands, its six groups and every indicator,
 * the "điểm nghẽn", the comparison with its kind's median, and its trend.
 *
 * @param maxTotal the highest possible total, for the charts' scale
 * @param rankAll rank among all units of the province ("5/120"); empty for a province
 * @param pdf the same scorecard laid out for print
 * @param plan what each "điểm nghẽn" takes in counts, and the way to the next band
 * @param snapshots the unit on each snapshot's day of the period (empty without snapshots)
 * @param targets the targets set for the unit (targets.csv), met or what they take
 */
public record ScorecardPage(Frame frame, String unit, String code, String kind, String province,
                            String period, String total, BandTag band, String rank, String rankAll,
                            Change rankChange, Change totalChange, String medianTotal, String medianLabel,
                            List<GroupLine> groups, List<IndicatorSection> sections, List<Bottleneck> bottlenecks,
                            List<TrendRow> trend, Link history, Link ranking, Link pdf, double maxTotal,
                            List<GroupBar> groupBars, List<TrendPoint> trendPoints, Plan plan,
                            SnapshotTrend snapshots, TargetSection targets) {

    /**
     * The unit's plan.
     *
     * @param lead  how the counts are computed
     * @param path  the way to the next band: "Khắc phục 2 chỉ số đầu: 81,03 điểm, xếp loại Tốt.",
     *              or "giữ vững" at the top band
     * @param lines every item losing points, in the order of the points it gives back (the
     *              "điểm nghẽn" are its first lines)
     */
    public record Plan(String lead, String path, List<PlanLine> lines) {
    }

    /**
     * A "điểm nghẽn" and what it takes.
     *
     * @param action   the count to add and the points it gives back, or why the data cannot say
     * @param perPoint what one more point takes ("Thêm 1 điểm: 131 hồ sơ."), "" where not shown
     * @param brief    the action in a few words, for print: "Thêm 19 hồ sơ (trên 95); 1 điểm: 5 hồ sơ"
     * @param total    the total once this item and those before it reach their maximum
     * @param crossing true on the line where that total first earns a higher band
     */
    public record PlanLine(String rank, String name, String group, String lost, String action, String perPoint,
                           String brief, String total, String band, boolean crossing) {
    }

    /** A group: points of maximum, share, the median of the kind, points lost. */
    public record GroupLine(String code, String name, String points, String max, String percent, String median,
                            String lost) {
    }

    /**
     * A group's indicators.
     *
     * @param note      what the printed scorecard says under the group: its {@code groupNote}, then the
     *                  portal's notes on its indicators, each naming its indicator
     * @param groupNote the note on the group alone; the page shows the portal's notes beside their indicators
     */
    public record IndicatorSection(String code, String name, String points, String max, String note,
                                   List<IndicatorLine> indicators, String groupNote) {
    }

    /**
     * An indicator with its counts.
     *
     * @param note the portal's own note on the figures ("Ghi chú của Cổng: …"); "" where it gives none
     */
    public record IndicatorLine(String name, String numerator, String denominator, String rate, String points,
                                String max, String lost, String note) {
    }

    /** An item costing points, with what the total would become at full points. */
    public record Bottleneck(String rank, String name, String group, String points, String max, String lost,
                             String totalIfFull, String bandIfFull) {
    }

    /** One period of the unit's history. */
    public record TrendRow(Link period, String total, BandTag band, String rank, Change totalChange,
                           Change rankChange) {
    }
}
