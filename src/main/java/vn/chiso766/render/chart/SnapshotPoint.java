package vn.chiso766.render.chart;

/**
 * A unit's standing on one snapshot's day.
 *
 * @param day   the day, "2026-10-05" (text: view models are fingerprinted as JSON)
 * @param total null where the unit has no complete data that day
 * @param rank  null where the unit is not ranked that day
 */
public record SnapshotPoint(String day, Double total, Integer rank) {
}
