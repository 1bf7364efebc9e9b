package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.TrendPoint;

/** A unit's results across every period of the data. */
public record HistoryPage(Frame frame, String unit, String code, String kind, String province,
                          List<ScorecardPage.TrendRow> trend, List<TrendPoint> trendPoints, double maxTotal) {
}
