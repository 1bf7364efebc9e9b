package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.SnapshotPoint;

/**
 * A unit's total, rank and band on every snapshot's day of the period, each against the day before.
 * Empty lists where the period has no snapshots.
 *
 * @param lead   what the table shows: "Số liệu tại 300 ngày lấy số liệu của năm 2026, …"
 * @param shown  the rows the table shows: the latest days, then the first day of each month and the first
 *               of the period, newest first (a year of daily snapshots stays readable)
 * @param all    every day's figures, newest first, for a collapsed table (without the changes, which a year of
 *               days would make the page's heaviest part); empty when {@code shown} already has them all
 * @param points every day, oldest first, for the chart
 * @param maxTotal the highest possible total, for the chart's scale
 */
public record SnapshotTrend(String lead, List<Row> shown, List<Day> all, List<SnapshotPoint> points,
                            double maxTotal) {
    public static final SnapshotTrend NONE = new SnapshotTrend("", List.of(), List.of(), List.of(), 0);

    /** One day: its figures and the change since the previous snapshot. */
    public record Row(String date, String total, BandTag band, String rank, Change totalChange, Change rankChange) {
    }

    /** One day's figures alone. */
    public record Day(String date, String total, BandTag band, String rank) {
    }
}
