package vn.chiso766.render.view;

import java.util.List;
import java.util.stream.Collectors;
import vn.chiso766.render.Format;
import vn.chiso766.score.Shortfall;

/** What a province's units need on one indicator, in sentences for the plan page, the notice and the briefing. */
public final class ShortfallTexts {
    private ShortfallTexts() {
    }

    /** The units' joint need and the leading units' share, or the province-wide figures' need. */
    public static String summary(Shortfall s, List<Shortfall.UnitShare> leading) {
        String code = s.indicator().code();
        if (s.common().isPresent()) {
            Shortfall.Counts c = s.common().get();
            return "Mọi đơn vị có cùng số liệu " + Format.count(c.numerator()) + "/" + Format.count(c.denominator())
                    + " (số liệu chung của toàn tỉnh, không cộng theo đơn vị)" + s.shared().map(p -> ": cần thêm "
                    + PlanTexts.counted(code, p.toFull()) + " để đạt điểm tối đa.").orElse(".");
        }
        if (s.units().isEmpty()) {
            return "Không đơn vị nào có số liệu để tính số cần thêm.";
        }
        return "Các đơn vị cần thêm tổng cộng " + PlanTexts.counted(code, s.total()) + " để cùng đạt điểm tối đa; "
                + (leading.size() == s.units().size() ? "danh sách đủ " + leading.size() + " đơn vị."
                : leading.size() + " đơn vị đầu bảng chiếm " + leading.get(leading.size() - 1).cumulative() + "% số này.");
    }

    /** Where the province's own counts are not the sum of its units' (or the figures they share); "" otherwise. */
    public static String provinceNote(Shortfall s) {
        if (!s.provinceNotSum()) {
            return "";
        }
        Shortfall.Counts own = s.province().orElseThrow();
        return "Số liệu của chính tỉnh (" + Format.count(own.numerator()) + "/" + Format.count(own.denominator())
                + ") không phải " + s.unitsSum().map(u -> (s.common().isPresent() ? "số liệu chung của các đơn vị ("
                : "tổng số liệu của các đơn vị (") + Format.count(u.numerator()) + "/" + Format.count(u.denominator()) + ")")
                .orElse("tổng số liệu của các đơn vị") + ": số cần thêm nêu ở đây là của các đơn vị, không cộng thành số"
                + " của tỉnh.";
    }

    /** "Sở A (150), UBND xã B (100)": the units and their counts. */
    public static String named(List<Shortfall.UnitShare> units) {
        return units.stream().map(u -> addressee(u.unit().unit().name(), u.unit().unit().kind())
                + " (" + Format.count(u.counts().toFull()) + ")").collect(Collectors.joining(", "));
    }

    /** A commune as a notice addresses it ("UBND xã Kim Khánh"); other units by their names. */
    public static String addressee(String name, vn.chiso766.model.Kind kind) {
        if (kind != vn.chiso766.model.Kind.COMMUNE) {
            return name;
        }
        for (String prefix : List.of("Xã ", "Phường ", "Đặc khu ", "Thị trấn ")) {
            if (name.startsWith(prefix)) {
                return "UBND " + prefix.toLowerCase(java.util.Locale.forLanguageTag("vi")) + name.substring(prefix.length());
            }
        }
        return name;
    }
}
