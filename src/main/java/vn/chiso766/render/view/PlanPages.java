package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.score.Decline;
import vn.chiso766.score.Fall;
import vn.chiso766.score.Falls;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.PlanItem;
import vn.chiso766.score.Shortfall;
import vn.chiso766.score.Shortfalls;
import vn.chiso766.score.UnitResult;

/** Builds a province's plan page for a period. */
public final class PlanPages {
    /** The page names units until they account for this share of an indicator's shortfall, */
    static final int LEADING_PERCENT = 80;
    /** or this many of them. */
    static final int LEADING_UNITS = 10;
    static final int FALLS = 10;
    static final int DECLINES = 3;
    static final String LEAD = "Với mỗi chỉ số tỉnh bị mất điểm: các đơn vị cần thêm nhiều nhất để đạt điểm tối đa. Số cần"
            + " thêm của một đơn vị là số nguyên nhỏ nhất cộng vào tử số (mẫu số giữ nguyên) mà điểm tính theo quy tắc của"
            + " danh mục, làm tròn 2 chữ số thập phân như Cổng Dịch vụ công quốc gia, đạt điểm tối đa; số của tỉnh là tổng"
            + " các đơn vị. Tỷ lệ làm tròn theo lũy kế: cột lũy kế là tỷ lệ của các đơn vị từ đầu bảng đến dòng đó, làm tròn"
            + " đến phần trăm; tỷ lệ từng đơn vị là phần chênh giữa hai dòng, nên các tỷ lệ cộng lại đúng 100%.";

    private PlanPages() {
    }

    public static PlanPage of(SiteMap map, PeriodResult period, String provinceCode) {
        Period p = period.period();
        Catalogue catalogue = map.results().dataset().catalogue();
        Optional<UnitResult> province = province(period, provinceCode);
        List<UnitResult> members = members(period, provinceCode);
        String name = map.provinceName(provinceCode);
        Frame frame = Frames.of(map, map.plan(p, provinceCode), "Kế hoạch khắc phục · " + PeriodNames.title(p)
                + (map.national() ? " · " + name : ""), p, List.of(Frames.home(), Frames.period(map, p)));
        List<PlanPage.Indicator> indicators = Shortfalls.of(province, members, catalogue).stream()
                .map(s -> indicator(map, p, s)).toList();
        Optional<PeriodResult> previous = map.results().previous(p);
        List<PlanPage.Fallen> falls = Falls.of(members, previous, FALLS).stream().map(f -> fallen(map, p, f)).toList();
        String fallsLead = previous.map(b -> falls.isEmpty() ? "Không có đơn vị nào giảm điểm so với "
                        + PeriodNames.month(b.period()) + "."
                        : "So với " + PeriodNames.month(b.period()) + ", các đơn vị giảm tổng điểm nhiều nhất và các chỉ số,"
                        + " nhóm giảm điểm nhiều nhất của từng đơn vị.")
                .orElse("Chưa có kỳ trước để so sánh.");
        return new PlanPage(frame, name, PeriodNames.title(p), LEAD, indicators, fallsLead, falls);
    }

    static Optional<UnitResult> province(PeriodResult period, String code) {
        return period.unit(code).filter(u -> u.unit().kind() == Kind.PROVINCE);
    }

    static List<UnitResult> members(PeriodResult period, String code) {
        return period.units().stream()
                .filter(u -> u.unit().kind() != Kind.PROVINCE && u.unit().provinceCode().equals(code)).toList();
    }

    private static PlanPage.Indicator indicator(SiteMap map, Period p, Shortfall s) {
        String code = s.indicator().code();
        List<PlanPage.UnitLine> lines = new ArrayList<>();
        List<Shortfall.UnitShare> leading = s.leading(LEADING_PERCENT, LEADING_UNITS);
        leading.forEach(u -> lines.add(line(map, p, code, u)));
        if (leading.size() < s.units().size()) {
            lines.add(rest(s, leading));
        }
        return new PlanPage.Indicator("chi-so-" + code.toLowerCase(Locale.ROOT).replace('_', '-'), s.indicator().name(),
                code, ShortfallTexts.summary(s, leading), ShortfallTexts.provinceNote(s), lines, without(s),
                s.common().isPresent() ? Responsibles.sentence(map.results().dataset(), s.indicator()) : "");
    }

    private static PlanPage.UnitLine line(SiteMap map, Period p, String code, Shortfall.UnitShare u) {
        return new PlanPage.UnitLine(new Link(map.scorecard(p, u.unit().unit().code()), u.unit().unit().name()),
                u.unit().unit().kind().label(), Format.count(u.counts().numerator()) + "/"
                + Format.count(u.counts().denominator()), PlanTexts.items(code, u.counts().toFull()), u.percent() + "%",
                u.cumulative() + "%", Format.points(u.lost()));
    }

    /** The units after the leading ones, together. */
    private static PlanPage.UnitLine rest(Shortfall s, List<Shortfall.UnitShare> leading) {
        List<Shortfall.UnitShare> rest = s.units().subList(leading.size(), s.units().size());
        BigDecimal needed = rest.stream().map(u -> u.counts().toFull()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lost = rest.stream().map(Shortfall.UnitShare::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
        int percent = 100 - leading.get(leading.size() - 1).cumulative();
        return new PlanPage.UnitLine(new Link("", "Các đơn vị còn lại (" + rest.size() + " đơn vị)"), "", "",
                PlanTexts.items(s.indicator().code(), needed), percent + "%", "100%", Format.points(lost));
    }

    /** "3 đơn vị mất tổng cộng 6,00 điểm nhưng không tính được số cần thêm: mẫu số bằng 0 (2), …". */
    static String without(Shortfall s) {
        if (s.withoutCounts().isEmpty()) {
            return "";
        }
        BigDecimal lost = s.withoutCounts().stream().map(i -> i.item().loss().lost()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<PlanItem.Basis, Long> reasons = new TreeMap<>(s.withoutCounts().stream()
                .collect(Collectors.groupingBy(i -> i.item().basis(), Collectors.counting())));
        return s.withoutCounts().size() + " đơn vị mất tổng cộng " + Format.points(lost) + " điểm ở chỉ số này nhưng số liệu"
                + " không cho tính số cần thêm: " + reasons.entrySet().stream().map(e -> reason(e.getKey()) + " ("
                + e.getValue() + " đơn vị)").collect(Collectors.joining("; ")) + ".";
    }

    private static String reason(PlanItem.Basis basis) {
        return switch (basis) {
            case SCORE_WITHOUT_COUNTS -> "Cổng chỉ cho điểm, không cho tử số, mẫu số";
            case RULE_MISMATCH -> "điểm đã công bố khác điểm tính theo quy tắc từ tử số, mẫu số";
            case ROUNDED -> "số liệu đã đủ, điểm đã công bố thấp hơn do làm tròn";
            case EMPTY_DENOMINATOR -> "mẫu số bằng 0";
            case NOT_WHOLE -> "tử số, mẫu số không phải số nguyên";
            case UNREACHABLE -> "ngưỡng đạt tối đa cần tử số lớn hơn mẫu số";
            case COUNTS, GROUP_AS_WHOLE, GROUP_WITHOUT_DETAIL, GROUP_MISMATCH -> "chỉ có điểm nhóm";
        };
    }

    private static PlanPage.Fallen fallen(SiteMap map, Period p, Fall f) {
        String items = f.declines().stream().limit(DECLINES).map(PlanPages::decline).collect(Collectors.joining("; "));
        return new PlanPage.Fallen(new Link(map.scorecard(p, f.unit().unit().code()), f.unit().unit().name()),
                f.unit().unit().kind().label(), Texts.points(f.unit().card().total()), Format.signedPoints(f.delta()),
                items.isEmpty() ? "không xác định được chỉ số giảm điểm" : items);
    }

    static String decline(Decline d) {
        return d.name() + " " + Format.signedPoints(d.delta()) + " (" + Format.points(d.before()) + " → "
                + Format.points(d.now()) + ")";
    }
}
