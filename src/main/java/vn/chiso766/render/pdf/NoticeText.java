package vn.chiso766.render.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chiso766.model.Band;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.view.NationalDays;
import vn.chiso766.render.view.PortalTexts;
import vn.chiso766.score.Bottleneck;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.Loss;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** The sentences of the notice's body, written from the figures. */
final class NoticeText {
    /** How many units a sentence names as rising or falling most, and how many "điểm nghẽn". */
    static final int MOVERS = 3;
    static final int BOTTLENECKS = 3;

    private NoticeText() {
    }

    /** The province's result, then its place in the portal's national list and where the figures came from. */
    static List<String> province(ProvincePeriod pp, String label) {
        List<String> out = new ArrayList<>(result(pp, label));
        national(pp, label).ifPresent(out::add);
        String provenance = PortalTexts.officialProvenance(pp.provenance());
        if (!provenance.isEmpty()) {
            out.add(provenance);
        }
        return out;
    }

    /**
     * "Theo danh sách toàn quốc …, tỉnh đứng thứ 4/34 tỉnh, thành phố, tăng 2 bậc so với tháng 09/2026.";
     * for a snapshot, the place on a few earlier days then "hiện nay (ngày …)" ({@link NationalDays}).
     */
    static Optional<String> national(ProvincePeriod pp, String label) {
        String source = "Theo danh sách toàn quốc của Cổng Dịch vụ công quốc gia " + PeriodNames.month(pp.period().period()) + ", ";
        return NationalDays.sentence(pp.map().results(), pp.period().period(), pp.code(), label).map(s -> source + s + ".")
                .or(() -> PortalTexts.standing(pp.period().national(), pp.code(), true)
                        .map(s -> source + label + " " + s + "."));
    }

    private static List<String> result(ProvincePeriod pp, String label) {
        String month = PeriodNames.title(pp.period().period());
        Optional<UnitResult> own = pp.province().filter(u -> u.card().complete());
        if (own.isEmpty()) {
            return List.of(capitalise(month) + ", chưa có đủ số liệu để tính tổng điểm của " + label + ".");
        }
        UnitResult unit = own.get();
        StringBuilder s = new StringBuilder(capitalise(month) + ", " + label + " đạt "
                + Format.points(unit.card().total().orElseThrow()) + "/" + Format.count(pp.catalogue().maxTotal())
                + " điểm, xếp loại " + unit.card().band().map(Band::name).orElse(""));
        unit.standing().rank().ifPresent(r -> s.append(", xếp hạng ").append(r).append("/")
                .append(unit.standing().rankOf()).append(" tỉnh, thành phố"));
        pp.previous().ifPresent(p -> unit.standing().deltaTotal().ifPresent(d -> s.append("; so với ")
                .append(PeriodNames.month(p.period())).append(", ").append(change(d))
                .append(unit.standing().deltaRank().map(r -> ", " + rankMove(r)).orElse(""))));
        s.append('.');
        List<String> out = new ArrayList<>(List.of(s.toString()));
        groupExtremes(unit).ifPresent(out::add);
        return out;
    }

    static List<String> table(ProvincePeriod pp, ScopeStats table) {
        String kind = lower(table.scope().kind().label());
        List<UnitResult> ranked = table.ranked();
        List<String> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            out.add("Chưa có " + kind + " nào có đủ số liệu để xếp hạng.");
            return out;
        }
        out.add(ranked.size() + "/" + table.ranking().size() + " " + kind + " có đủ số liệu để xếp hạng"
                + table.medianTotal().map(m -> ", điểm trung vị " + Format.points(m)).orElse("") + ". Về xếp loại: "
                + table.bandCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " đơn vị.");
        out.add("Dẫn đầu là " + named(ranked.get(0)) + "; thấp nhất là " + named(ranked.get(ranked.size() - 1)) + ".");
        pp.previous().ifPresent(p -> out.add(movers(ranked, PeriodNames.month(p.period()))));
        if (!table.unranked().isEmpty()) {
            out.add("Chưa có đủ số liệu để xếp hạng: " + table.unranked().stream().map(u -> u.unit().name())
                    .collect(Collectors.joining(", ")) + ".");
        }
        return out;
    }

    static List<String> bottlenecks(ProvincePeriod pp, String label) {
        List<String> out = new ArrayList<>();
        pp.province().map(u -> u.losses(pp.catalogue())).filter(l -> !l.isEmpty()).ifPresent(losses -> out.add(
                "Các chỉ số làm " + label + " mất nhiều điểm nhất: " + losses.stream().limit(BOTTLENECKS)
                        .map(NoticeText::loss).collect(Collectors.joining("; ")) + "."));
        List<Bottleneck> shared = vn.chiso766.score.Bottlenecks.of(pp.members(), pp.catalogue());
        if (!shared.isEmpty()) {
            out.add("Đối với các đơn vị, các chỉ số làm mất nhiều điểm nhất (cộng trên tất cả đơn vị) là: "
                    + shared.stream().limit(BOTTLENECKS).map(b -> b.name() + " (" + b.units() + " đơn vị, mất tổng cộng "
                    + Format.points(b.lost()) + " điểm)").collect(Collectors.joining("; ")) + ".");
        }
        return out;
    }

    private static String movers(List<UnitResult> ranked, String previous) {
        List<UnitResult> moved = ranked.stream().filter(u -> u.standing().deltaTotal().isPresent()).toList();
        Comparator<UnitResult> byDelta = Comparator.comparing(u -> u.standing().deltaTotal().orElseThrow());
        String up = moved.stream().filter(u -> u.standing().deltaTotal().get().signum() > 0).sorted(byDelta.reversed())
                .limit(MOVERS).map(NoticeText::moved).collect(Collectors.joining("; "));
        String down = moved.stream().filter(u -> u.standing().deltaTotal().get().signum() < 0).sorted(byDelta)
                .limit(MOVERS).map(NoticeText::moved).collect(Collectors.joining("; "));
        return "So với " + previous + ", " + (up.isEmpty() ? "không có đơn vị nào tăng điểm" : "tăng điểm nhiều nhất: " + up)
                + "; " + (down.isEmpty() ? "không có đơn vị nào giảm điểm" : "giảm điểm nhiều nhất: " + down) + ".";
    }

    private static Optional<String> groupExtremes(UnitResult unit) {
        List<GroupScore> scored = unit.card().groups().stream().filter(g -> g.share().isPresent())
                .sorted(Comparator.comparing((GroupScore g) -> g.share().orElseThrow())).toList();
        if (scored.size() < 2) {
            return Optional.empty();
        }
        GroupScore low = scored.get(0);
        GroupScore high = scored.get(scored.size() - 1);
        return Optional.of("Nhóm tiêu chí đạt tỷ lệ cao nhất là \u201c" + high.group().name() + "\u201d ("
                + Format.percent(high.share().orElseThrow()) + " số điểm tối đa); thấp nhất là \u201c"
                + low.group().name() + "\u201d (" + Format.percent(low.share().orElseThrow()) + ").");
    }

    private static String named(UnitResult unit) {
        return unit.unit().name() + " (" + Format.points(unit.card().total().orElseThrow()) + " điểm)";
    }

    private static String moved(UnitResult unit) {
        return unit.unit().name() + " (" + Format.signedPoints(unit.standing().deltaTotal().orElseThrow()) + " điểm"
                + unit.standing().deltaRank().filter(r -> r != 0).map(r -> ", " + rankMove(r)).orElse("")
                + ")";
    }

    private static String loss(Loss loss) {
        return loss.name() + " (đạt " + Format.points(loss.points()) + "/" + Format.count(loss.max()) + " điểm, mất "
                + Format.points(loss.lost()) + " điểm)";
    }

    static String rankMove(int delta) {
        return delta > 0 ? "tăng " + delta + " bậc" : delta < 0 ? "giảm " + (-delta) + " bậc" : "giữ nguyên thứ hạng";
    }

    static String change(BigDecimal delta) {
        int sign = delta.signum();
        String amount = Format.points(delta.abs());
        return sign > 0 ? "tăng " + amount + " điểm" : sign < 0 ? "giảm " + amount + " điểm" : "không thay đổi về điểm";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    static String lower(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
