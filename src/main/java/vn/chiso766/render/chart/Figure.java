package vn.chiso766.render.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to draw on any Graphics2D (SVG for the web, a PDF page for print), with the
 * size it was laid out for and the words that stand in for it where it cannot be seen. The
 * chart draws no title of its own: the page or document around it carries the heading.
 *
 * @param title       a short name, e.g. "Tổng điểm các sở, ban, ngành"
 * @param description what the chart shows, in a sentence or two, for screen readers and alt text
 */
public record Figure(JFreeChart chart, int width, int height, String title, String description) {
}
