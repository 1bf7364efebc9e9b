package vn.chiso766.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the publication's charts from plain figures, with Vietnamese labels and the shipped
 * font set explicitly on every text. Nothing here knows SVG or PDF: draw a {@link Figure}'s
 * chart on any Graphics2D (see {@link SvgChart} for the web).
 */
public final class Charts {
    static final Color INK = new Color(0x1f2933);
    static final Color GRID = new Color(0xd5dae0);
    static final Color POINTS = new Color(0x2c6aa0);
    static final Color MEDIAN = new Color(0xc26a12);
    static final Color MAXIMUM = new Color(0xc9ced6);
    private static final int ROW = 22;
    /** The series of {@link #groupProfile} with each group's maximum, which the printed card leaves out. */
    public static final String MAXIMUM_SERIES = "Điểm tối đa";

    private Charts() {
    }

    /**
     * Horizontal bars of every ranked unit's total, best first, coloured by band.
     *
     * @param bands the band names from the highest, for the legend
     * @param max   the highest possible total (100)
     */
    public static Figure rankingBars(String title, List<RankingBar> bars, List<String> bands, double max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            data.addValue(bars.get(i).total(), "Tổng điểm", new Label(i, bars.get(i).label()));
        }
        CategoryPlot plot = barPlot(data, "Tổng điểm", max);
        plot.setRenderer(new BandBarRenderer(bars));
        // The axis' default 5 % margins become a wide blank band on a tall chart: keep half a row.
        double edge = Math.min(0.05, 0.5 / Math.max(1, bars.size()));
        plot.getDomainAxis().setLowerMargin(edge);
        plot.getDomainAxis().setUpperMargin(edge);
        LegendItemCollection legend = new LegendItemCollection();
        for (int level = 0; level < bands.size(); level++) {
            legend.add(new LegendItem(bands.get(level), BandColors.of(level)));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = chart(plot);
        valueLabels(plot.getRenderer());
        String description = bars.isEmpty() ? "Chưa có đơn vị nào đủ dữ liệu để xếp hạng."
                : "Biểu đồ thanh: tổng điểm của " + bars.size() + " đơn vị, cao nhất là " + bars.get(0).label()
                + ", thấp nhất là " + bars.get(bars.size() - 1).label() + "; màu theo mức xếp loại.";
        return new Figure(chart, 760, 90 + ROW * Math.max(1, bars.size()), title, description);
    }

    /**
     * A unit's six groups: points beside the maximum and the median of its kind; without the
     * median where no group has one (a province alone in its data).
     */
    public static Figure groupProfile(String title, List<GroupBar> groups, String medianLabel) {
        boolean medians = groups.stream().anyMatch(g -> g.median() != null);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double top = 0;
        for (int i = 0; i < groups.size(); i++) {
            GroupBar g = groups.get(i);
            Label label = new Label(i, g.label());
            data.addValue(g.points(), "Điểm đạt", label);
            if (medians) {
                data.addValue(g.median(), medianLabel, label);
            }
            data.addValue(g.max(), MAXIMUM_SERIES, label);
            top = Math.max(top, g.max());
        }
        CategoryPlot plot = barPlot(data, "Điểm", top * 1.1);
        JFreeChart chart = chart(plot);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        int max = medians ? 2 : 1;
        renderer.setSeriesPaint(0, POINTS);
        renderer.setSeriesPaint(1, medians ? MEDIAN : MAXIMUM);
        renderer.setSeriesPaint(max, MAXIMUM);
        renderer.setItemMargin(0.05);
        valueLabels(renderer);
        renderer.setSeriesItemLabelsVisible(max, false);
        String description = "Biểu đồ thanh: điểm đạt của sáu nhóm tiêu chí so với điểm tối đa"
                + (medians ? " và với " + medianLabel.toLowerCase(Locale.forLanguageTag("vi")) : "") + ".";
        return new Figure(chart, 760, 120 + (max + 1) * 16 * Math.max(1, groups.size()), title, description);
    }

    /** Total (left axis) and rank (right axis, 1 at the top) over the periods, oldest first. */
    public static Figure trend(String title, List<TrendPoint> points, double max) {
        DefaultCategoryDataset totals = new DefaultCategoryDataset();
        DefaultCategoryDataset ranks = new DefaultCategoryDataset();
        int worst = 1;
        for (TrendPoint p : points) {
            totals.addValue(p.total(), "Tổng điểm", p.period());
            ranks.addValue(p.rank(), "Hạng", p.period());
            worst = p.rank() == null ? worst : Math.max(worst, p.rank());
        }
        NumberAxis totalAxis = numberAxis("Tổng điểm", max);
        CategoryAxis periods = new CategoryAxis();
        periods.setMaximumCategoryLabelWidthRatio(1.5f);
        if (points.size() > 6) {
            periods.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(totals, periods, totalAxis, new LineAndShapeRenderer(true, true));
        boolean ranked = points.stream().anyMatch(p -> p.rank() != null);
        if (ranked) {
            NumberAxis rankAxis = new NumberAxis("Hạng");
            rankAxis.setInverted(true);
            rankAxis.setRange(0.5, worst + 0.5);
            rankAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            plot.setDataset(1, ranks);
            plot.setRangeAxis(1, rankAxis);
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, new LineAndShapeRenderer(true, true));
        }
        JFreeChart chart = chart(plot);
        line(plot.getRenderer(0), POINTS, true);
        if (ranked) {
            line(plot.getRenderer(1), MEDIAN, false);
        }
        String description = "Biểu đồ đường: tổng điểm" + (ranked ? " và hạng" : "") + " qua "
                + points.size() + " kỳ, từ " + points.get(0).period() + " đến "
                + points.get(points.size() - 1).period() + ".";
        return new Figure(chart, 760, 320, title, description);
    }

    /** Units per band, a bar per kind of unit. */
    public static Figure bandCounts(String title, List<String> bands, List<BandCounts> kinds) {
        return BandChart.figure(title, bands, kinds);
    }

    /** Units × groups, each cell the share of the group's maximum (%). */
    public static Figure heatMap(String title, List<String> columns, List<HeatRow> rows) {
        return HeatMap.figure(title, columns, rows);
    }

    /** Wraps a finished plot and applies the house theme; style renderers after this, not before. */
    static JFreeChart chart(org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, ChartFonts.bold(14), plot, plot instanceof CategoryPlot);
        theme().apply(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("chiso766");
        theme.setExtraLargeFont(ChartFonts.bold(16));
        theme.setLargeFont(ChartFonts.bold(13));
        theme.setRegularFont(ChartFonts.regular(12));
        theme.setSmallFont(ChartFonts.regular(11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }

    static CategoryPlot barPlot(DefaultCategoryDataset data, String axis, double max) {
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(), numberAxis(axis, max), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        return plot;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.4f);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.15);
        return axis;
    }

    static NumberAxis numberAxis(String label, double max) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, Math.max(max, 1));
        axis.setNumberFormatOverride(decimals(0));
        return axis;
    }

    static void valueLabels(org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals(2)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.regular(10));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        if (renderer instanceof BarRenderer bars) {
            bars.setItemLabelAnchorOffset(3);
        }
    }

    /** Styles a line; called after the theme, which resets series paints and label fonts. */
    private static void line(org.jfree.chart.renderer.category.CategoryItemRenderer renderer, Paint paint,
                             boolean labels) {
        renderer.setSeriesPaint(0, paint);
        // The unlabelled line (the rank) is dashed: the two lines stay apart when printed in grey.
        renderer.setSeriesStroke(0, labels ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        if (labels) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals(2)));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartFonts.regular(10));
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
    }

    /** Vietnamese digits: 65,54 and 1.234. */
    static NumberFormat decimals(int digits) {
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    /** A category key that keeps two units of the same name apart while showing only the name. */
    record Label(int index, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Paints each bar in the colour of its unit's band. */
    private static final class BandBarRenderer extends BarRenderer {
        private final transient List<RankingBar> bars;

        BandBarRenderer(List<RankingBar> bars) {
            this.bars = List.copyOf(bars);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return BandColors.of(bars.get(column).bandLevel());
        }
    }
}
