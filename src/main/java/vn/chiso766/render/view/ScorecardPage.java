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
 */
public record ScorecardPage(Frame frame, String unit, String code, String kind, String province,
                            String period, String total, BandTag band, String rank, String rankAll,
                            Change rankChange, Change totalChange, String medianTotal, String medianLabel,
                            List<GroupLine> groups, List<IndicatorSection> sections, List<Bottleneck> bottlenecks,
                            List<TrendRow> trend, Link history, Link ranking, Link pdf, double maxTotal,
                            List<GroupBar> groupBars, List<TrendPoint> trendPoints) {

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
