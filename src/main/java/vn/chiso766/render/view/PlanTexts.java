package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Rule;
import vn.chiso766.render.Format;
import vn.chiso766.score.CountPlan;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.PortalNotes;
import vn.chiso766.score.Scorecard;
import vn.chiso766.score.PlanItem;
import vn.chiso766.score.UnitPlan;

/** A unit's plan in Vietnamese: what each "điểm nghẽn" takes, and the way to the next band. */
public final class PlanTexts {
    static final String LEAD = "Các chỉ số, nhóm bị mất điểm theo thứ tự số điểm lấy lại được, với tổng điểm lũy kế"
            + " khi lần lượt đạt tối đa. Số cần thêm là số nguyên nhỏ nhất cộng vào tử số (mẫu số giữ nguyên) mà điểm"
            + " tính theo quy tắc của danh mục, làm tròn 2 chữ số thập phân như Cổng Dịch vụ công quốc gia, đạt đúng"
            + " điểm tối đa; bớt đi 1 thì chưa đạt. Chỉ số không có tử số, mẫu số thì chỉ ghi số điểm bị mất. Các chỉ số"
            + " theo dõi, không tính điểm không có trong kế hoạch.";

    private PlanTexts() {
    }

    static ScorecardPage.Plan of(UnitPlan plan, Scorecard card, Catalogue catalogue) {
        List<ScorecardPage.PlanLine> lines = new ArrayList<>();
        for (int n = 0; n < plan.items().size(); n++) {
            PlanItem item = plan.items().get(n);
            int index = n;
            boolean crossing = plan.crossing().filter(c -> c == index).isPresent();
            lines.add(new ScorecardPage.PlanLine(String.valueOf(n + 1), item.loss().name(), item.loss().group(),
                    Format.points(item.loss().lost()), action(item, catalogue) + caution(item, card), perPoint(item),
                    brief(item),
                    Texts.points(item.totalAfter()), item.bandAfter().map(Band::name).orElse(Format.NO_DATA), crossing));
        }
        return new ScorecardPage.Plan(LEAD, path(plan, catalogue), lines);
    }

    /** The portal's own note on counts the plan uses (a temporary denominator), so that no count reads as final. */
    static String caution(PlanItem item, Scorecard card) {
        if (item.counts().isEmpty()) {
            return "";
        }
        return card.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.indicator().code().equals(item.loss().code())).findFirst()
                .flatMap(IndicatorScore::quality).map(q -> " Lưu ý: " + PortalNotes.sentence(q)
                        + (PortalNotes.sentence(q).endsWith(".") ? "" : ".")).orElse("");
    }

    /** "Thêm 77 hồ sơ … (trên 2.618 hồ sơ tiếp nhận) → +0,59 điểm, đạt tối đa 20 điểm.", or why there is no count. */
    public static String action(PlanItem item, Catalogue catalogue) {
        return switch (item.basis()) {
            case COUNTS -> counts(catalogue.indicator(item.loss().code()).orElseThrow(), item.counts().orElseThrow())
                    + " → +" + Format.points(item.loss().lost()) + " điểm, đạt tối đa " + Format.count(item.loss().max())
                    + " điểm.";
            case GROUP_AS_WHOLE -> "Cổng Dịch vụ công quốc gia cho điểm cả nhóm, không công bố công thức theo số liệu:"
                    + " không tính được số cần thêm.";
            case GROUP_WITHOUT_DETAIL -> "Chỉ có điểm nhóm, không có số liệu từng chỉ số: không tính được số cần thêm.";
            case GROUP_MISMATCH -> "Điểm nhóm đã công bố khác tổng điểm các chỉ số (xem trang chất lượng dữ liệu):"
                    + " không tính được số cần thêm.";
            case SCORE_WITHOUT_COUNTS -> "Cổng Dịch vụ công quốc gia chỉ cho điểm, không cho tử số, mẫu số: không tính"
                    + " được số cần thêm.";
            case RULE_MISMATCH -> "Điểm đã công bố khác điểm tính theo quy tắc từ tử số, mẫu số (xem trang chất lượng dữ"
                    + " liệu): không nêu số cần thêm để không trái với điểm đã công bố.";
            case ROUNDED -> "Theo tử số, mẫu số, chỉ số đã đạt tối đa; điểm đã công bố thấp hơn do làm tròn.";
            case EMPTY_DENOMINATOR -> "Mẫu số bằng 0 nên chỉ số được 0 điểm theo quy tắc của danh mục: không tính được"
                    + " số cần thêm.";
            case NOT_WHOLE -> "Tử số, mẫu số không phải số nguyên: không tính được số cần thêm.";
            case UNREACHABLE -> "Ngưỡng đạt tối đa của danh mục cần tử số lớn hơn mẫu số: không thể đạt tối đa bằng"
                    + " cách tăng tử số.";
        };
    }

    /** The action in a few words, for the printed scorecard's narrow column. */
    static String brief(PlanItem item) {
        return switch (item.basis()) {
            case COUNTS -> briefCounts(item.loss().code(), item.counts().orElseThrow());
            case GROUP_AS_WHOLE -> "Cổng cho điểm cả nhóm";
            case GROUP_WITHOUT_DETAIL -> "Chỉ có điểm nhóm";
            case GROUP_MISMATCH -> "Điểm nhóm khác tổng chỉ số";
            case SCORE_WITHOUT_COUNTS -> "Cổng chỉ cho điểm, không số liệu";
            case RULE_MISMATCH -> "Điểm công bố khác công thức";
            case ROUNDED -> "Số liệu đã đủ (làm tròn)";
            case EMPTY_DENOMINATOR -> "Mẫu số bằng 0";
            case NOT_WHOLE -> "Số liệu không nguyên";
            case UNREACHABLE -> "Ngưỡng cao hơn mẫu số";
        };
    }

    private static String briefCounts(String code, CountPlan plan) {
        String noun = Counted.of(code).map(c -> c.noun().replace("thủ tục hành chính", "TTHC")).orElse("");
        String first = noun.isEmpty() ? "Tử số +" + Format.count(plan.toFull()) + " (mẫu " + Format.count(plan.denominator()) + ")"
                : "Thêm " + Format.count(plan.toFull()) + " " + noun + " (trên " + Format.count(plan.denominator()) + ")";
        return first + plan.perPoint().map(p -> "; 1 điểm: " + Format.count(p)).orElse("");
    }

    /** "Thêm 1 điểm: 131 hồ sơ.", or "" where the maximum is within a point or a point takes every item. */
    static String perPoint(PlanItem item) {
        return item.counts().flatMap(CountPlan::perPoint)
                .map(p -> "Thêm 1 điểm: " + items(item.loss().code(), p) + ".").orElse("");
    }

    /** "Thêm 77 hồ sơ xử lý trước hạn, đúng hạn (trên 2.618 hồ sơ tiếp nhận)", with the threshold where the rule has one. */
    static String counts(Indicator indicator, CountPlan plan) {
        String denominator = Format.count(plan.denominator());
        String of = Counted.of(indicator.code()).map(c -> denominator + " " + c.of()).orElse("mẫu số " + denominator);
        String threshold = indicator.rule() instanceof Rule.FullAt full
                ? "; đạt tối đa từ " + Format.percent(full.threshold()).replace(",00%", "%") : "";
        String add = Counted.of(indicator.code()).isPresent() ? "Thêm " + counted(indicator.code(), plan.toFull())
                : "Tăng tử số thêm " + Format.count(plan.toFull());
        return add + " (trên " + of + threshold + ")";
    }

    /** "77 hồ sơ xử lý trước hạn, đúng hạn", or "77 (tử số)" for an indicator without words. */
    public static String counted(String code, BigDecimal count) {
        return Format.count(count) + " " + Counted.of(code).map(Counted::what).orElse("(tử số)");
    }

    /** "77 hồ sơ", the items' noun alone, or "77 (tử số)". */
    public static String items(String code, BigDecimal count) {
        return Format.count(count) + " " + Counted.of(code).map(Counted::noun).orElse("(tử số)");
    }

    /** The way to the next band, or "giữ vững" at the top. */
    static String path(UnitPlan plan, Catalogue catalogue) {
        if (plan.total().isEmpty()) {
            return "Chưa có tổng điểm kỳ này nên chưa tính được lộ trình xếp loại.";
        }
        Band top = catalogue.bands().get(0);
        if (plan.band().filter(top::equals).isPresent()) {
            return "Đang xếp loại " + top.name() + ": giữ vững kết quả.";
        }
        if (plan.items().isEmpty()) {
            return "Không có chỉ số nào bị mất điểm: giữ vững kết quả.";
        }
        if (plan.crossing().isEmpty()) {
            PlanItem last = plan.items().get(plan.items().size() - 1);
            return "Khắc phục cả " + plan.items().size() + " " + noun(plan.items()) + ": "
                    + Texts.points(last.totalAfter()) + " điểm, vẫn xếp loại " + last.bandAfter().map(Band::name).orElse("")
                    + ".";
        }
        int c = plan.crossing().get();
        PlanItem at = plan.items().get(c);
        List<PlanItem> first = plan.items().subList(0, c + 1);
        String what = c == 0 ? "Khắc phục " + (at.loss().code().equals(at.loss().group()) ? "nhóm" : "chỉ số") + " đầu tiên"
                : "Khắc phục " + (c + 1) + " " + noun(first) + " đầu";
        return what + ": "
                + Texts.points(at.totalAfter()) + " điểm, xếp loại " + at.bandAfter().map(Band::name).orElse("") + ".";
    }

    /** "chỉ số" where every item is an indicator, else "chỉ số, nhóm". */
    private static String noun(List<PlanItem> items) {
        return items.stream().allMatch(i -> !i.loss().code().equals(i.loss().group())) ? "chỉ số" : "chỉ số, nhóm";
    }
}
