package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
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
        List<SnapshotTrend.Day> all = new ArrayList<>();
        List<SnapshotTrend.Row> shown = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0; i--) {
            Place day = days.get(i);
            all.add(new SnapshotTrend.Day(PeriodNames.date(day.day()), Texts.points(day.unit().card().total()),
                    Texts.band(day.unit().card().band(), catalogue), Texts.rank(day.rank(), day.of())));
            if (i == 0 || i >= days.size() - LATEST || day.day().getMonth() != days.get(i - 1).day().getMonth()) {
                shown.add(row(all.get(all.size() - 1), day, i == 0 ? Optional.empty() : Optional.of(days.get(i - 1))));
            }
        }
        all = shown.size() == all.size() ? List.of() : all;
        boolean national = days.stream().anyMatch(d -> d.unit().unit().kind() == Kind.PROVINCE && d.rank().isPresent());
        String lead = lead(days.size(), shown.size(), period)
                + (national ? " Hạng là vị trí trong danh sách toàn quốc các tỉnh, thành phố của ngày đó." : "");
        return new SnapshotTrend(lead, shown, all, points(days), catalogue.maxTotal().doubleValue());
    }

    /** Every day, oldest first, for the chart. */
    private static List<SnapshotPoint> points(List<Place> days) {
        return days.stream().map(day -> new SnapshotPoint(day.day().toString(),
                day.unit().card().total().map(BigDecimal::doubleValue).orElse(null), day.rank().orElse(null))).toList();
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

    /** A shown day: its figures and, only here, its changes since the day before. */
    private static SnapshotTrend.Row row(SnapshotTrend.Day figures, Place day, Optional<Place> before) {
        Movement movement = Movement.of(day.unit(), before.map(Place::unit));
        Optional<Integer> moved = day.rank().flatMap(r -> before.flatMap(Place::rank).map(b -> b - r));
        return new SnapshotTrend.Row(figures.date(), figures.total(), figures.band(), figures.rank(),
                Texts.totalChange(movement.deltaTotal()),
                moved.map(Texts::rankChange).orElse(new Change(Texts.NONE, "không so sánh được", "none")));
    }

    private static String lead(int days, int shown, Period period) {
        String lead = "Số liệu của " + PeriodNames.month(period) + " tại " + days + " ngày lấy số liệu; "
                + "thay đổi so với ngày lấy số liệu liền trước.";
        return shown == days ? lead : lead + " Bảng ghi " + LATEST + " ngày gần nhất và ngày đầu mỗi tháng;"
                + " bảng đầy đủ ở phần mở rộng bên dưới.";
    }
}
