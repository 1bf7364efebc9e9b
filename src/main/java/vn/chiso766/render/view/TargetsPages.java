package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.model.Target;
import vn.chiso766.render.Format;
import vn.chiso766.render.data.TargetRecords;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.Targets;

/** Builds a period's page of targets. */
public final class TargetsPages {
    static final String LEAD = "Mỗi đơn vị được đánh giá theo chỉ tiêu cụ thể nhất áp dụng cho mình (chỉ tiêu giao riêng"
            + " cho đơn vị, rồi theo loại đơn vị, rồi chung cho mọi đơn vị). Chỉ tiêu tỷ lệ so với tỷ lệ làm tròn 2 chữ số"
            + " thập phân như Cổng Dịch vụ công quốc gia hiển thị; số cần thêm là số nguyên nhỏ nhất cộng vào tử số (mẫu"
            + " số giữ nguyên) để đạt chỉ tiêu, bớt đi 1 thì chưa đạt. Đơn vị chưa có số liệu không tính là đạt hay chưa đạt.";

    private TargetsPages() {
    }

    public static TargetsPage of(SiteMap map, PeriodResult period) {
        Period p = period.period();
        Dataset dataset = map.results().dataset();
        List<TargetResult> results = Targets.of(period, dataset.targets(), dataset.catalogue());
        Frame frame = Frames.of(map, map.targets(p), "Chỉ tiêu được giao · " + PeriodNames.month(p), p,
                List.of(Frames.home(), Frames.period(map, p)));
        List<TargetsPage.Row> rows = new ArrayList<>();
        Targets.byTarget(dataset.targets(), results)
                .forEach((target, of) -> rows.add(row(map, p, target, of, dataset.catalogue(), rows.size())));
        List<Link> metAll = metAll(map, p, results);
        return new TargetsPage(frame, PeriodNames.title(p), LEAD, rows, metAll, metAll.isEmpty()
                ? "Không có đơn vị nào đạt tất cả chỉ tiêu được giao." : metAll.size()
                + " đơn vị đạt tất cả chỉ tiêu được giao:", List.of(
                        new Link(map.openData(p, TargetRecords.CSV), TargetRecords.CSV),
                        new Link(map.openData(p, TargetRecords.JSON), TargetRecords.JSON)));
    }

    private static TargetsPage.Row row(SiteMap map, Period p, Target target, List<TargetResult> results,
                                       Catalogue catalogue, int index) {
        TargetResult first = results.get(0);
        List<TargetsPage.Missed> missed = Targets.missed(results).stream()
                .map(r -> new TargetsPage.Missed(new Link(map.scorecard(p, r.unit().code()), r.unit().name()),
                        r.value().map(v -> TargetTexts.figure(r.measure(), v)).orElse(Format.NO_DATA),
                        TargetTexts.action(r)))
                .toList();
        return new TargetsPage.Row("chi-tieu-" + (index + 1), TargetTexts.name(target.indicator(), catalogue),
                target.indicator(), TargetTexts.target(first), scope(map, target), target.source(), counts(results),
                missed);
    }

    /** "12 đơn vị đạt, 3 chưa đạt, 1 chưa có số liệu". */
    public static String counts(List<TargetResult> results) {
        long met = results.stream().filter(TargetResult::met).count();
        long missed = results.stream().filter(TargetResult::missed).count();
        long none = results.size() - met - missed;
        return met + " đơn vị đạt, " + missed + " chưa đạt" + (none > 0 ? ", " + none + " chưa có số liệu" : "");
    }

    /** Whom a row is set for: "mọi đơn vị", "xã, phường, đặc khu", a unit's name. */
    public static String scope(SiteMap map, Target target) {
        if (target.scope().equals(Target.EVERY)) {
            return "mọi đơn vị";
        }
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(target.scope())) {
                return kind.label().toLowerCase(Locale.forLanguageTag("vi"));
            }
        }
        return map.results().dataset().unit(target.scope()).map(u -> u.name()).orElse(target.scope());
    }

    private static List<Link> metAll(SiteMap map, Period p, List<TargetResult> results) {
        Map<String, List<TargetResult>> byUnit = new LinkedHashMap<>();
        results.forEach(r -> byUnit.computeIfAbsent(r.unit().code(), c -> new ArrayList<>()).add(r));
        return byUnit.values().stream()
                .filter(l -> l.stream().noneMatch(TargetResult::missed) && l.stream().anyMatch(TargetResult::met))
                .map(l -> new Link(map.scorecard(p, l.get(0).unit().code()), l.get(0).unit().name())).toList();
    }
}
