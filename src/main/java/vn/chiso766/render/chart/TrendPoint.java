package vn.chiso766.render.chart;

/**
 * A unit's standing in one period.
 *
 * @param period the axis label, e.g. "09/2026"
 * @param total  null where the unit has no complete data in that period
 * @param rank   null where the unit is not ranked in that period
 */
public record TrendPoint(String period, Double total, Integer rank) {
}
