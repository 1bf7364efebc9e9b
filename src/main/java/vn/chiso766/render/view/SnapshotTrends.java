package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
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

    /**
     * The unit on every snapshot of the period up to {@code period}'s own figures; NONE without snapshots.
     * A province's rank is its place among the provinces where the day has a national list.
     */
    public static SnapshotTrend of(Results results, Period period, String code) {
        List<Place> days = results.snapshots(period).stream().filter(s -> s.period().compareTo(period) <= 0)
                .flatMap(s -> s.unit(code).map(u -> place(s, u)).stream()).toList();
        if (days.isEmpty()) {
            return SnapshotTrend.NONE;
        }
        Catalogue catalogue = results.dataset().catalogue();
        List<SnapshotTrend.Row> rows = new ArrayList<>();
        List<SnapshotPoint> points = new ArrayList<>();
        List<Boolean> kept = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Place day = days.get(i);
            rows.add(row(day, i == 0 ? Optional.empty() : Optional.of(days.get(i - 1)), catalogue));
            points.add(new SnapshotPoint(day.day().toString(),
                    day.unit().card().total().map(BigDecimal::doubleValue).orElse(null), day.rank().orElse(null)));
            kept.add(i == 0 || i >= days.size() - LATEST || days.get(i).day().getMonth() != days.get(i - 1).day().getMonth());
        }
        List<SnapshotTrend.Row> shown = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (kept.get(i)) {
                shown.add(rows.get(i));
            }
        }
        List<SnapshotTrend.Day> all = shown.size() == rows.size() ? List.of()
                : reversed(rows.stream().map(r -> new SnapshotTrend.Day(r.date(), r.total(), r.band(), r.rank())).toList());
        boolean national = days.stream().anyMatch(d -> d.unit().unit().kind() == Kind.PROVINCE && d.rank().isPresent());
        String lead = lead(days.size(), shown.size(), period)
                + (national ? " Hạng là vị trí trong danh sách toàn quốc các tỉnh, thành phố của ngày đó." : "");
        return new SnapshotTrend(lead, shown, all, points,
                catalogue.maxTotal().doubleValue());
    }

    /** The unit on one day, with the rank the page shows: a province's national place where there is one. */
    private record Place(UnitResult unit, Optional<Integer> rank, int of) {
        LocalDate day() {
            return unit.card().period().snapshot();
        }
    }

    private static Place place(PeriodResult snapshot, UnitResult unit) {
        Optional<NationalDays.Day> national = unit.unit().kind() == Kind.PROVINCE
                ? NationalDays.day(snapshot, unit.unit().code()) : Optional.empty();
        return national.map(n -> new Place(unit, Optional.of(n.rank()), n.of()))
                .orElse(new Place(unit, unit.standing().rank(), unit.standing().rankOf()));
    }

    private static SnapshotTrend.Row row(Place day, Optional<Place> before, Catalogue catalogue) {
        Movement movement = Movement.of(day.unit(), before.map(Place::unit));
        Optional<Integer> moved = day.rank().flatMap(r -> before.flatMap(Place::rank).map(b -> b - r));
        return new SnapshotTrend.Row(Format.date(day.day()), Texts.points(day.unit().card().total()),
                Texts.band(day.unit().card().band(), catalogue), Texts.rank(day.rank(), day.of()),
                Texts.totalChange(movement.deltaTotal()),
                moved.map(Texts::rankChange).orElse(new Change(Texts.NONE, "không so sánh được", "none")));
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
