package vn.chiso766.render.pdf;

import vn.chiso766.render.chart.Figure;

/**
 * Where a template places a chart: the name its {@code <object>} carries, the words that stand
 * in for it (alt text, required by PDF/UA), and its printed size, keeping the figure's ratio.
 */
public record PdfChart(String name, String alt, String width, String height) {

    static PdfChart of(String name, Figure figure, double widthMm) {
        double heightMm = widthMm * figure.height() / figure.width();
        return new PdfChart(name, figure.description(), mm(widthMm), mm(heightMm));
    }

    private static String mm(double value) {
        return String.format(java.util.Locale.ROOT, "%.1fmm", value);
    }
}
