package vn.chiso766.render.view;

import java.math.BigDecimal;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Target;
import vn.chiso766.render.Format;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.TargetResult.Measure;

/** A unit's target in words, for the scorecard, the period's page of targets, the notice and the briefing. */
public final class TargetTexts {
    public static final String MET = "Đạt";
    public static final String MISSED = "Chưa đạt";
    public static final String NO_DATA = "Chưa có số liệu";

    private TargetTexts() {
    }

    public static TargetLine line(TargetResult r, Catalogue catalogue) {
        return new TargetLine(name(r.target().indicator(), catalogue), r.target().indicator(), target(r),
                r.value().map(v -> figure(r.measure(), v)).orElse(Format.NO_DATA), status(r), action(r),
                r.target().source(), switch (r.status()) {
                    case MET -> "met";
                    case MISSED -> "missed";
                    case NO_DATA -> "none";
                });
    }

    /** What a target measures: an indicator's or group's name, the total, or the province's place. */
    public static String name(String code, Catalogue catalogue) {
        if (code.equals(Target.TOTAL)) {
            return "Tổng điểm";
        }
        if (code.equals(Target.PLACE)) {
            return "Thứ hạng của tỉnh trong cả nước";
        }
        return catalogue.indicator(code).map(i -> i.name())
                .orElseGet(() -> "Nhóm " + ScorecardPages.lower(catalogue.group(code).orElseThrow().name()));
    }

    /** "tối thiểu 95,5%", "tối thiểu 80 điểm", "thứ 10 trở lên". */
    public static String target(TargetResult r) {
        String value = Format.count(r.target().target());
        return switch (r.measure()) {
            case RATIO -> "tối thiểu " + value + "%";
            case POINTS -> "tối thiểu " + value + " điểm";
            case PLACE -> "thứ " + value + " trở lên";
        };
    }

    /** "94,90%", "78,25 điểm", "thứ 4". */
    public static String figure(Measure measure, BigDecimal value) {
        return switch (measure) {
            case RATIO -> Format.percent(value.movePointLeft(2));
            case POINTS -> Format.points(value) + " điểm";
            case PLACE -> "thứ " + Format.count(value);
        };
    }

    public static String status(TargetResult r) {
        return switch (r.status()) {
            case MET -> MET;
            case MISSED -> MISSED;
            case NO_DATA -> NO_DATA;
        };
    }

    /** What a missed target takes, or why there is no figure; "" where met. */
    public static String action(TargetResult r) {
        return switch (r.status()) {
            case MET -> "";
            case MISSED -> r.needed().map(n -> needed(r, n))
                    .orElse("tử số, mẫu số không phải số nguyên: không tính được số cần thêm");
            case NO_DATA -> noData(r);
        };
    }

    /** The action where the target is named beside it: "cần thêm 12 hồ sơ", "còn thiếu 1,25 điểm". */
    public static String brief(TargetResult r) {
        return r.measure() == Measure.RATIO && r.missed() && r.needed().isPresent()
                ? "cần thêm " + PlanTexts.items(r.target().indicator(), r.needed().get()) : action(r);
    }

    /** "cần thêm 12 hồ sơ xử lý trước hạn, đúng hạn", "còn thiếu 1,25 điểm", "cần tăng 2 bậc". */
    public static String needed(TargetResult r, BigDecimal needed) {
        return switch (r.measure()) {
            case RATIO -> "cần thêm " + PlanTexts.counted(r.target().indicator(), needed);
            case POINTS -> "còn thiếu " + Format.points(needed) + " điểm";
            case PLACE -> "cần tăng " + Format.count(needed) + " bậc";
        };
    }

    private static String noData(TargetResult r) {
        return switch (r.measure()) {
            case PLACE -> "chưa có thứ hạng của tỉnh trong danh sách toàn quốc của kỳ";
            case POINTS -> "chưa có điểm kỳ này";
            case RATIO -> r.score().filter(s -> s.numerator().isEmpty() && s.points().isPresent())
                    .map(s -> "Cổng chỉ cho điểm, không cho tử số, mẫu số: không tính được tỷ lệ")
                    .orElse(r.score().flatMap(IndicatorScore::denominator).filter(d -> d.signum() == 0).isPresent()
                            ? "mẫu số bằng 0: không có tỷ lệ" : "chưa có số liệu kỳ này");
        };
    }
}
