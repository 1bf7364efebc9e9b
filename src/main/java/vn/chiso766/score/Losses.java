package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;

/**
 * The "điểm nghẽn" of a scorecard: every item short of its maximum, the costliest first.
 * An item is an indicator where its group's points are explained by its indicators, else the
 * group as a whole (groups the portal scores without a published formula). Pure.
 */
public final class Losses {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private Losses() {
    }

    public static List<Loss> of(Scorecard card, Catalogue catalogue) {
        List<Loss> losses = new ArrayList<>();
        for (GroupScore group : card.groups()) {
            if (group.points().isEmpty()) {
                continue;
            }
            if (explainedByIndicators(group)) {
                for (IndicatorScore i : group.indicators()) {
                    if (i.indicator().rule().computes() && i.points().isPresent()) {
                        add(losses, card, catalogue, i.indicator().code(), i.indicator().name(), group.group().code(),
                                i.points().get(), i.indicator().max());
                    }
                }
            } else {
                add(losses, card, catalogue, group.group().code(), group.group().name(), group.group().code(),
                        group.points().get(), group.group().max());
            }
        }
        losses.sort(Comparator.comparing(Loss::lost).reversed().thenComparing(Loss::code));
        return List.copyOf(losses);
    }

    static boolean explainedByIndicators(GroupScore group) {
        List<BigDecimal> points = group.indicators().stream().filter(i -> i.indicator().rule().computes())
                .flatMap(i -> i.points().stream()).toList();
        if (points.isEmpty()) {
            return false;
        }
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return group.source() == GroupScore.Source.SUM
                || sum.subtract(group.points().orElseThrow()).abs().compareTo(TOLERANCE) <= 0;
    }

    private static void add(List<Loss> losses, Scorecard card, Catalogue catalogue, String code, String name,
                            String group, BigDecimal points, BigDecimal max) {
        BigDecimal lost = max.subtract(points);
        if (lost.signum() <= 0) {
            return;
        }
        Optional<BigDecimal> ifFull = card.total().map(t -> Points.round(t.add(lost)));
        losses.add(new Loss(code, name, group, points, max, Points.round(lost), ifFull, ifFull.map(catalogue::bandOf)));
    }
}
