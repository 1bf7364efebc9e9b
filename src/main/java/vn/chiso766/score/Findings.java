package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Observation;

/** The data-quality findings of one scorecard, in plain Vietnamese. Pure. */
final class Findings {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    /** A given indicator score may differ from the rule's by a cent of rounding. */
    private static final BigDecimal RULE_TOLERANCE = new BigDecimal("0.01");

    private Findings() {
    }

    static List<Finding> of(Scorecard card, Map<String, Observation> rows) {
        List<Finding> out = new ArrayList<>();
        if (card.empty()) {
            out.add(finding(card, Finding.Type.NO_DATA, "không có số liệu trong kỳ này; đơn vị được ghi"
                    + " \"chưa có dữ liệu\" và không xếp hạng.", Optional.empty()));
            return out;
        }
        for (GroupScore group : card.groups()) {
            groupFindings(card, group, rows, out);
        }
        portalNotes(card, rows, out);
        return out;
    }

    /** The portal's own notes on the unit's rows, in file order. */
    private static void portalNotes(Scorecard card, Map<String, Observation> rows, List<Finding> out) {
        rows.values().stream().filter(o -> o.quality().isPresent())
                .sorted(java.util.Comparator.comparingLong(o -> o.source().line()))
                .forEach(o -> out.add(finding(card, Finding.Type.PORTAL_NOTE, (isGroup(card, o.code()) ? "nhóm "
                        : "chỉ số ") + o.code() + ": " + PortalNotes.sentence(o.quality().get()),
                        Optional.of(o.source()))));
    }

    private static void groupFindings(Scorecard card, GroupScore group, Map<String, Observation> rows,
                                      List<Finding> out) {
        String code = group.group().code();
        Optional<Observation.Source> groupRow = source(rows, code);
        if (group.source() == GroupScore.Source.MISSING) {
            out.add(finding(card, Finding.Type.INCOMPLETE, "nhóm " + code + " (" + group.group().name()
                    + ") không có số liệu; đơn vị chưa có tổng điểm kỳ này.", groupRow));
            return;
        }
        group.points().filter(p -> p.compareTo(group.group().max()) > 0).ifPresent(p -> out.add(finding(card,
                Finding.Type.ABOVE_MAXIMUM, "điểm nhóm " + code + " là " + points(p) + ", vượt mức tối đa "
                        + plain(group.group().max()) + "; giữ nguyên số liệu đã công bố.", groupRow)));
        for (IndicatorScore indicator : group.indicators()) {
            indicatorFindings(card, group, indicator, rows, out);
        }
        if (group.source() == GroupScore.Source.GIVEN) {
            mismatch(card, group, groupRow, out);
        }
    }

    private static void indicatorFindings(Scorecard card, GroupScore group, IndicatorScore indicator,
                                          Map<String, Observation> rows, List<Finding> out) {
        String code = indicator.indicator().code();
        indicator.points().filter(p -> indicator.given() && p.compareTo(indicator.indicator().max()) > 0)
                .ifPresent(p -> out.add(finding(card, Finding.Type.ABOVE_MAXIMUM, "điểm chỉ số " + code + " là "
                        + points(p) + ", vượt mức tối đa " + plain(indicator.indicator().max())
                        + "; giữ nguyên số liệu đã công bố.", source(rows, code))));
        ruleMismatch(card, indicator, rows, out);
        boolean scored = indicator.indicator().rule().computes();
        if (group.source() == GroupScore.Source.SUM && scored && !rows.containsKey(code)) {
            out.add(finding(card, Finding.Type.MISSING_INDICATOR, "thiếu chỉ số " + code + " ("
                    + indicator.indicator().name() + "); điểm nhóm " + group.group().code()
                    + " chỉ cộng các chỉ số có số liệu.", Optional.empty()));
        }
    }

    private static boolean isGroup(Scorecard card, String code) {
        return card.groups().stream().anyMatch(g -> g.group().code().equals(code));
    }

    /** A given score that is not what the rule computes from the same counts (both at 2 decimals). */
    private static void ruleMismatch(Scorecard card, IndicatorScore indicator, Map<String, Observation> rows,
                                     List<Finding> out) {
        BigDecimal given = indicator.points().map(Points::round).orElse(null);
        disagreement(indicator).ifPresent(computed -> out.add(finding(card, Finding.Type.RULE_MISMATCH, "điểm chỉ số "
                        + indicator.indicator().code() + " đã công bố là " + points(given) + " nhưng theo công thức, "
                        + plain(indicator.numerator().get()) + "/" + plain(indicator.denominator().get()) + " cho "
                        + points(computed) + " điểm; dùng điểm đã công bố.", source(rows, indicator.indicator().code()))));
    }

    /**
     * The rule's points for a given score's own counts, where they differ from it by more than a
     * cent; empty for a computed score or one without counts.
     */
    static Optional<BigDecimal> disagreement(IndicatorScore indicator) {
        if (!indicator.given() || indicator.points().isEmpty() || indicator.numerator().isEmpty()
                || indicator.denominator().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal given = Points.round(indicator.points().get());
        return Points.of(indicator.indicator(), indicator.numerator().get(), indicator.denominator().get())
                .filter(computed -> computed.subtract(given).abs().compareTo(RULE_TOLERANCE) > 0);
    }

    private static void mismatch(Scorecard card, GroupScore group, Optional<Observation.Source> at,
                                 List<Finding> out) {
        List<BigDecimal> points = group.indicators().stream().filter(i -> i.indicator().rule().computes())
                .flatMap(i -> i.points().stream()).toList();
        if (points.isEmpty()) {
            return;
        }
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal given = group.points().orElseThrow();
        if (sum.subtract(given).abs().compareTo(TOLERANCE) > 0) {
            out.add(finding(card, Finding.Type.GROUP_MISMATCH, "điểm nhóm " + group.group().code() + " đã công bố là "
                    + points(given) + " nhưng tổng các chỉ số là " + points(Points.round(sum))
                    + "; dùng điểm nhóm đã công bố.", at));
        }
    }

    private static Optional<Observation.Source> source(Map<String, Observation> rows, String code) {
        return Optional.ofNullable(rows.get(code)).map(Observation::source);
    }

    private static Finding finding(Scorecard card, Finding.Type type, String message,
                                   Optional<Observation.Source> at) {
        return new Finding(card.period(), card.unit().code(), type, message, at);
    }

    /** A score as the publication writes it, two decimals with a comma: 18,10; 30,00. */
    static String points(BigDecimal value) {
        return Points.round(value).toPlainString().replace('.', ',');
    }

    /** A count or a maximum with the Vietnamese decimal comma, as a user reads it in a message. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
