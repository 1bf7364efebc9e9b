package vn.chiso766.render.chart;

/**
 * One group of a unit's profile: its points against the maximum and the median of its kind.
 *
 * @param points empty (null) where the group has no data
 * @param median empty (null) where the kind has no ranked unit
 */
public record GroupBar(String label, Double points, double max, Double median) {
}
