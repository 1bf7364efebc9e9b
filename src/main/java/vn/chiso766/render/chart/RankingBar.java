package vn.chiso766.render.chart;

/**
 * One bar of a ranking chart.
 *
 * @param label     what the axis shows (the unit's name)
 * @param total     the unit's total
 * @param bandLevel 0 for the highest band of the catalogue, 1 for the next…
 */
public record RankingBar(String label, double total, int bandLevel) {
}
