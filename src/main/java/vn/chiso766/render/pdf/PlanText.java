package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.view.PlanTexts;
import vn.chiso766.render.view.Responsibles;
import vn.chiso766.render.view.ShortfallTexts;
import vn.chiso766.score.Decline;
import vn.chiso766.score.Fall;
import vn.chiso766.score.Falls;
import vn.chiso766.score.Shortfall;
import vn.chiso766.score.Shortfalls;

/**
 * The notice's and the briefing's words on who must fix what: rule-based sentences from the
 * province's shortfalls, each claim a figure of {@link Shortfalls} or {@link Falls}.
 */
final class PlanText {
    /** Indicators the notice assigns, the costliest to the units first. */
    static final int INDICATORS = 3;
    /** A sentence names units until they account for this share of what is missing, */
    static final int LEADING_PERCENT = 50;
    /** or this many of them. */
    static final int LEADING_UNITS = 5;
    static final int FALLS = 3;
    static final int DECLINES = 2;

    private PlanText() {
    }

    /** The shortfalls the notice and the briefing speak of: those with a count to name. */
    static List<Shortfall> shortfalls(ProvincePeriod pp) {
        return Shortfalls.of(pp.province(), pp.members(), pp.catalogue()).stream()
                .filter(s -> s.shared().isPresent() || !s.units().isEmpty()).limit(INDICATORS).toList();
    }

    /** One paragraph per weak indicator, then the units that fell most and why. */
    static List<String> paragraphs(ProvincePeriod pp) {
        List<String> out = new ArrayList<>();
        for (Shortfall s : shortfalls(pp)) {
            out.add(paragraph(s, Responsibles.sentence(pp.map().results().dataset(), s.indicator())));
        }
        if (out.isEmpty()) {
            out.add("Không có chỉ số nào mà các đơn vị bị mất điểm có thể tính được số cần thêm từ số liệu.");
        }
        falls(pp).ifPresent(out::add);
        return out;
    }

    /** @param lead who acts on a province-wide indicator ("Văn phòng UBND tỉnh chủ trì, …"); "" where no one is named */
    static String paragraph(Shortfall s, String lead) {
        String note = ShortfallTexts.provinceNote(s);
        String code = s.indicator().code();
        if (s.common().isPresent()) {
            Shortfall.Counts c = s.common().get();
            return "Chỉ số \u201c" + s.indicator().name() + "\u201d là số liệu chung của toàn tỉnh (" + Format.count(c.numerator())
                    + "/" + Format.count(c.denominator()) + ", giống nhau ở mọi đơn vị): cần thêm "
                    + PlanTexts.counted(code, s.shared().orElseThrow().toFull()) + " để đạt điểm tối đa; đề nghị "
                    + (lead.isEmpty() ? "các cơ quan, đơn vị được giao" : lead) + " khẩn trương khắc phục."
                    + (note.isEmpty() ? "" : " " + note);
        }
        List<Shortfall.UnitShare> leading = s.leading(LEADING_PERCENT, LEADING_UNITS);
        java.math.BigDecimal needed = leading.stream().map(u -> u.counts().toFull())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        String who = leading.stream().map(u -> ShortfallTexts.addressee(u.unit().unit().name(), u.unit().unit().kind()))
                .collect(Collectors.joining(", "));
        String these = leading.size() == 1 ? "đơn vị này" : leading.size() + " đơn vị này";
        return "Đề nghị " + who + " khẩn trương " + verb(s.indicator()) + ": " + these + " cần thêm "
                + PlanTexts.counted(code, needed) + (leading.size() == 1 ? "" : " (" + counts(leading) + ")")
                + ", chiếm " + leading.get(leading.size() - 1).cumulative() + "% số cần thêm của các đơn vị trong tỉnh ("
                + PlanTexts.items(code, s.total()) + ") để đạt điểm tối đa của chỉ số."
                + (note.isEmpty() ? "" : " " + note);
    }

    /** "Sở A 993, UBND xã B 320". */
    private static String counts(List<Shortfall.UnitShare> units) {
        return units.stream().map(u -> ShortfallTexts.addressee(u.unit().unit().name(), u.unit().unit().kind()) + " "
                + Format.count(u.counts().toFull())).collect(Collectors.joining(", "));
    }

    /** "nâng tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", from the catalogue's name. */
    static String verb(Indicator indicator) {
        String name = indicator.name();
        return name.startsWith("Tỷ lệ ") ? "nâng " + name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi"))
                + name.substring(1) : "cải thiện chỉ số \u201c" + name + "\u201d";
    }

    /** "So với tháng 09/2026, giảm điểm nhiều nhất: Sở A (−3,20 điểm; chủ yếu ở …)." */
    static Optional<String> falls(ProvincePeriod pp) {
        List<Fall> falls = Falls.of(pp.members(), pp.previous(), FALLS);
        if (falls.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("So với " + PeriodNames.month(pp.previous().orElseThrow().period()) + ", các đơn vị giảm điểm nhiều"
                + " nhất và chỉ số, nhóm giảm điểm nhiều nhất của từng đơn vị: " + falls.stream().map(PlanText::fall)
                .collect(Collectors.joining("; ")) + ".");
    }

    static String fall(Fall f) {
        String why = why(f, DECLINES);
        return f.unit().unit().name() + " (" + Format.signedPoints(f.delta()) + " điểm" + (why.isEmpty() ? "" : ": " + why) + ")";
    }

    /** "“Tỷ lệ …” −2,10, “Dịch vụ công trực tuyến” −1,00": the {@code declines} items that fell most. */
    private static String why(Fall f, int declines) {
        return f.declines().stream().limit(declines).map(PlanText::decline).collect(Collectors.joining(", "));
    }

    private static String decline(Decline d) {
        return "\u201c" + d.name() + "\u201d " + Format.signedPoints(d.delta());
    }
}
