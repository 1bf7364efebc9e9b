package vn.chiso766.render.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** The heat map of units × groups: red for a small share of the maximum, green for a full one. */
final class HeatMap {
    private static final int ROW = 20;
    private static final Color NO_DATA = new Color(0xeef0f3);

    private HeatMap() {
    }

    static Figure figure(String title, List<String> columns, List<HeatRow> rows) {
        int cells = columns.size() * rows.size();
        double[][] xyz = new double[3][cells];
        XYPlot plot = new XYPlot();
        List<XYTextAnnotation> labels = new java.util.ArrayList<>();
        int n = 0;
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < columns.size(); x++) {
                Double percent = rows.get(y).percents().get(x);
                xyz[0][n] = x;
                xyz[1][n] = y;
                xyz[2][n++] = percent == null ? Double.NaN : percent;
                labels.add(cellLabel(percent, x, y));
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("Tỷ lệ điểm", xyz);
        plot.setDataset(data);
        plot.setDomainAxis(axis(null, columns));
        SymbolAxis units = axis(null, rows.stream().map(HeatRow::label).toList());
        units.setInverted(true);
        plot.setRangeAxis(units);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new Scale());
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = Charts.chart(plot);
        labels.forEach(label -> plot.addAnnotation(label, false));
        chart.removeLegend();
        chart.addSubtitle(legend());
        String description = "Bản đồ nhiệt: tỷ lệ điểm đạt so với điểm tối đa của " + rows.size()
                + " đơn vị ở " + columns.size() + " nhóm tiêu chí; đỏ là thấp, xanh là cao.";
        return new Figure(chart, 760, 130 + ROW * Math.max(1, rows.size()), title, description);
    }

    private static SymbolAxis axis(String label, List<String> symbols) {
        SymbolAxis axis = new SymbolAxis(label, symbols.toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(ChartFonts.regular(11));
        axis.setTickLabelPaint(Charts.INK);
        axis.setRange(-0.5, symbols.size() - 0.5);
        return axis;
    }

    private static XYTextAnnotation cellLabel(Double percent, int x, int y) {
        String text = percent == null ? "—" : Charts.decimals(0).format(percent) + "%";
        XYTextAnnotation label = new XYTextAnnotation(text, x, y);
        label.setFont(ChartFonts.regular(10));
        label.setPaint(percent != null && (percent < 35 || percent > 85) ? Color.WHITE : Charts.INK);
        return label;
    }

    private static PaintScaleLegend legend() {
        NumberAxis axis = new NumberAxis("% điểm tối đa");
        axis.setRange(0, 100);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
        axis.setNumberFormatOverride(Charts.decimals(0));
        axis.setTickLabelFont(ChartFonts.regular(10));
        axis.setLabelFont(ChartFonts.regular(11));
        PaintScaleLegend legend = new PaintScaleLegend(new Scale(), axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(10);
        legend.setMargin(new RectangleInsets(8, 60, 4, 60));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** 0 % red, 60 % amber, 100 % green; no data pale grey. */
    private static final class Scale implements PaintScale {
        private static final Color LOW = new Color(0xb3261e);
        private static final Color MID = new Color(0xf2c14e);
        private static final Color HIGH = new Color(0x17672d);

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 100;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return NO_DATA;
            }
            double v = Math.max(0, Math.min(100, value));
            return v < 60 ? mix(LOW, MID, v / 60) : mix(MID, HIGH, (v - 60) / 40);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
        }
    }
}
