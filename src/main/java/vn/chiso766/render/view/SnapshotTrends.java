package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.SnapshotPoint;
import vn.chiso766.score.Movement;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.UnitResult;

/** A unit's figures on each snapshot's day of a period (the scorecard's table and chart). */
public final class SnapshotTrends {
    /** How many of the latest days the table always shows. */
    static final int LATEST = 10;

    private SnapshotTrends() {
    }

    /** The unit on every snapshot of the period up to {@code period}'s own figures; NONE without snapshots. */
    public static SnapshotTrend of(Results results, Period period, String code) {
        List<UnitResult> days = results.snapshots(period).stream().filter(s -> s.period().compareTo(period) <= 0)
                .flatMap(s -> s.unit(code).stream()).toList();
        if (days.isEmpty()) {
            return SnapshotTrend.NONE;
        }
        Catalogue catalogue = results.dataset().catalogue();
        List<SnapshotTrend.Row> rows = new ArrayList<>();
        List<SnapshotPoint> points = new ArrayList<>();
        List<Boolean> kept = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            UnitResult day = days.get(i);
            Movement movement = Movement.of(day, i == 0 ? Optional.empty() : Optional.of(days.get(i - 1)));
            rows.add(row(day, movement, catalogue));
            points.add(new SnapshotPoint(day.card().period().snapshot().toString(),
                    day.card().total().map(BigDecimal::doubleValue).orElse(null), day.standing().rank().orElse(null)));
            kept.add(i == 0 || i >= days.size() - LATEST || firstOfMonth(days, i));
        }
        List<SnapshotTrend.Row> shown = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (kept.get(i)) {
                shown.add(rows.get(i));
            }
        }
        List<SnapshotTrend.Row> all = shown.size() == rows.size() ? List.of() : reversed(rows);
        return new SnapshotTrend(lead(days.size(), shown.size(), period), shown, all, points,
                catalogue.maxTotal().doubleValue());
    }

    private static boolean firstOfMonth(List<UnitResult> days, int i) {
        return days.get(i).card().period().snapshot().getMonthValue()
                != days.get(i - 1).card().period().snapshot().getMonthValue();
    }

    private static SnapshotTrend.Row row(UnitResult day, Movement movement, Catalogue catalogue) {
        return new SnapshotTrend.Row(Format.date(day.card().period().snapshot()), Texts.points(day.card().total()),
                Texts.band(day.card().band(), catalogue), Texts.rank(day.standing().rank(), day.standing().rankOf()),
                Texts.totalChange(movement.deltaTotal()),
                movement.deltaRank().map(Texts::rankChange).orElse(new Change(Texts.NONE, "không so sánh được", "none")));
    }

    private static String lead(int days, int shown, Period period) {
        String lead = "Số liệu của " + Format.month(period) + " tại " + days + " ngày lấy số liệu; "
                + "thay đổi so với ngày lấy số liệu liền trước.";
        return shown == days ? lead : lead + " Bảng ghi " + LATEST + " ngày gần nhất và ngày đầu mỗi tháng;"
                + " bảng đầy đủ ở phần mở rộng bên dưới.";
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }
}
