package vn.chiso766.render.pdf;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.chiso766.model.Catalogue;
import vn.chiso766.render.chart.ChartFonts;
import vn.chiso766.render.chart.Charts;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;

/** The figures of the shared chart builders that the PDFs print, titled as the site titles them. */
final class PrintCharts {
    private PrintCharts() {
    }

    /**
     * The site's chart, printed beside the scorecard's facts so that the card fits one A4 page:
     * a narrower canvas (its labels stay about as large as the text) and no maximum bars (the
     * table beside it prints each maximum), so the two bars a group keeps have room for labels;
     * all its text in the regular face.
     */
    static Figure groupProfile(String unitName, List<GroupBar> bars, String medianLabel) {
        Figure site = Charts.groupProfile("Sáu nhóm tiêu chí · " + unitName, bars, medianLabel);
        CategoryPlot plot = site.chart().getCategoryPlot();
        DefaultCategoryDataset data = (DefaultCategoryDataset) plot.getDataset();
        data.removeRow(Charts.MAXIMUM_SERIES);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f); // group names on one line
        // Its one bold word, the axis label, would embed and subset a whole face in every card.
        plot.getRangeAxis().setLabelFont(ChartFonts.regular(plot.getRangeAxis().getLabelFont().getSize2D()));
        // Without medians (no ranked unit of its kind) only the points are left.
        String description = data.getRowCount() > 1 ? "Biểu đồ thanh: điểm đạt của sáu nhóm tiêu chí so với "
                + medianLabel.toLowerCase(Locale.forLanguageTag("vi")) + "." : "Biểu đồ thanh: điểm đạt của sáu nhóm tiêu chí.";
        return new Figure(site.chart(), 480, 92 + 2 * 13 * Math.max(1, bars.size()), site.title(), description);
    }

    static Figure trend(String unitName, List<TrendPoint> points, Catalogue catalogue) {
        return Charts.trend("Xu hướng · " + unitName, points, catalogue.maxTotal().doubleValue());
    }
}
