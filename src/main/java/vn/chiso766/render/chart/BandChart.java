package vn.chiso766.render.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How many units of each kind fall in each band: the bands down the side (named, so the chart
 * reads in grey), a bar per kind with its count written beside it.
 */
final class BandChart {
    /** The second kind's bars: mid grey, apart from the first kind's dark blue in grey print too. */
    private static final Color SECOND = new Color(0x8a96a3);

    private BandChart() {
    }

    static Figure figure(String title, List<String> bands, List<BandCounts> kinds) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int top = 1;
        StringBuilder words = new StringBuilder("Biểu đồ thanh: số đơn vị theo xếp loại");
        for (BandCounts kind : kinds) {
            words.append("; ").append(kind.kind()).append(':');
            for (int b = 0; b < bands.size(); b++) {
                data.addValue(kind.counts().get(b), kind.kind(), bands.get(b));
                top = Math.max(top, kind.counts().get(b));
                words.append(b == 0 ? " " : ", ").append(bands.get(b)).append(' ').append(kind.counts().get(b));
            }
        }
        CategoryPlot plot = Charts.barPlot(data, "Số đơn vị", top * 1.15);
        JFreeChart chart = Charts.chart(plot);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, Charts.POINTS);
        renderer.setSeriesPaint(1, SECOND);
        renderer.setSeriesPaint(2, Charts.MAXIMUM); // a third kind only in data from before 7/2025
        renderer.setItemMargin(0.05);
        Charts.valueLabels(renderer);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Charts.decimals(0)));
        return new Figure(chart, 760, 110 + 18 * kinds.size() * Math.max(1, bands.size()), title, words + ".");
    }
}
