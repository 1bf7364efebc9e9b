package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.TrendPoint;

/**
 * A unit's results across every period of the data, one series per kind of period.
 *
 * @param series   the unit's months, quarters and years, each its own table and chart (months first)
 * @param national a province's place in the portal's national lists, period by period where known; empty otherwise
 */
public record HistoryPage(Frame frame, String unit, String code, String kind, String province, List<Series> series,
                          double maxTotal, List<NationalRank> national) {

    /**
     * One kind of period.
     *
     * @param chart   the chart's id on the page ("xu-huong" for the first kind)
     * @param heading "Theo tháng", "Theo quý", "Theo năm"
     */
    public record Series(String chart, String heading, List<ScorecardPage.TrendRow> trend, List<TrendPoint> trendPoints) {
    }

    /** The province's place among the provinces in one period: "4/34", its move since the previous list. */
    public record NationalRank(Link period, String rank, String total, Change rankChange) {
    }
}
