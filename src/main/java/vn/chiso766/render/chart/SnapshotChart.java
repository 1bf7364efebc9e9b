package vn.chiso766.render.chart;

import java.awt.BasicStroke;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.chiso766.model.PeriodNames;

/**
 * Total and rank on every snapshot's day of a period: a time axis, so that a year of daily
 * snapshots (hundreds of points) reads as two lines rather than hundreds of labels.
 */
public final class SnapshotChart {
    /** Beyond this many days the points are drawn as a line only. */
    private static final int MARKERS = 40;

    private SnapshotChart() {
    }

    public static Figure figure(String title, List<SnapshotPoint> points, double max) {
        XYSeries totals = new XYSeries("Tổng điểm", true, false);
        XYSeries ranks = new XYSeries("Hạng", true, false);
        int worst = 1;
        for (SnapshotPoint p : points) {
            totals.add(millis(LocalDate.parse(p.day())), p.total());
            ranks.add(millis(LocalDate.parse(p.day())), p.rank());
            worst = p.rank() == null ? worst : Math.max(worst, p.rank());
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(totals), dateAxis(), Charts.numberAxis("Tổng điểm", max),
                renderer(points.size()));
        boolean ranked = points.stream().anyMatch(p -> p.rank() != null);
        if (ranked) {
            plot.setDataset(1, new XYSeriesCollection(ranks));
            plot.setRangeAxis(1, Charts.rankAxis(worst));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, renderer(points.size()));
        }
        JFreeChart chart = Charts.chart(plot);
        style(plot.getRenderer(0), Charts.POINTS);
        if (ranked) {
            style(plot.getRenderer(1), Charts.MEDIAN);
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(ChartFonts.regular(11));
            chart.addLegend(legend);
        }
        String description = "Biểu đồ đường: tổng điểm" + (ranked ? " và hạng" : "") + " tại " + points.size()
                + " ngày lấy số liệu, từ " + day(LocalDate.parse(points.get(0).day())) + " đến " + day(LocalDate.parse(points.get(points.size() - 1).day()))
                + "; bảng bên dưới ghi số liệu từng ngày.";
        return new Figure(chart, 760, 320, title, description);
    }

    private static DateAxis dateAxis() {
        // Fixed zone and pattern: the same data always gives the same bytes, whatever the machine.
        DateAxis axis = new DateAxis(null, TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy", java.util.Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setDateFormatOverride(format);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    /** Each line one path: drawn segment by segment, a year of days was 600 SVG elements, half the page. */
    private static XYLineAndShapeRenderer renderer(int points) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, points <= MARKERS);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private static void style(org.jfree.chart.renderer.xy.XYItemRenderer renderer, java.awt.Paint paint) {
        renderer.setSeriesPaint(0, paint);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String day(LocalDate day) {
        return PeriodNames.date(day);
    }
}
