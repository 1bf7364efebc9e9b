package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.TrendPoint;

/**
 * A unit's results across every period of the data.
 *
 * @param national a province's place in the portal's national lists, month by month where known; empty otherwise
 */
public record HistoryPage(Frame frame, String unit, String code, String kind, String province,
                          List<ScorecardPage.TrendRow> trend, List<TrendPoint> trendPoints, double maxTotal,
                          List<NationalRank> national) {

    /** The province's place among the provinces in one period: "4/34", its move since the previous list. */
    public record NationalRank(Link period, String rank, String total, Change rankChange) {
    }
}
