package vn.chiso766.render.pdf;

import java.util.List;
import vn.chiso766.model.Catalogue;
import vn.chiso766.render.chart.Charts;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;

/** The figures of the shared chart builders that the PDFs print, titled as the site titles them. */
final class PrintCharts {
    private PrintCharts() {
    }

    static Figure groupProfile(String unitName, List<GroupBar> bars, String medianLabel) {
        return Charts.groupProfile("Sáu nhóm tiêu chí · " + unitName, bars, medianLabel);
    }

    static Figure trend(String unitName, List<TrendPoint> points, Catalogue catalogue) {
        return Charts.trend("Xu hướng · " + unitName, points, catalogue.maxTotal().doubleValue());
    }
}
