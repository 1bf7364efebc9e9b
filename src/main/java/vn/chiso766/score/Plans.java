package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.score.PlanItem.Basis;

/**
 * A unit's plan from its scorecard: each loss of {@link Losses}, in the same order, with the counts
 * that give its maximum where the data allows, and the running total. Linear in the unit's
 * indicators; nothing is re-scored. Pure.
 */
public final class Plans {
    private static final BigDecimal ONE_POINT = BigDecimal.ONE;

    private Plans() {
    }

    public static UnitPlan of(Scorecard card, Catalogue catalogue) {
        List<PlanItem> items = new ArrayList<>();
        Optional<BigDecimal> running = card.total();
        Optional<Integer> crossing = Optional.empty();
        for (Loss loss : Losses.of(card, catalogue)) {
            running = running.map(t -> Points.round(t.add(loss.lost())));
            Optional<Band> band = running.map(catalogue::bandOf);
            if (crossing.isEmpty() && higher(band, card.band(), catalogue)) {
                crossing = Optional.of(items.size());
            }
            items.add(item(card, loss, running, band));
        }
        return new UnitPlan(card.total(), card.band(), items, crossing);
    }

    private static PlanItem item(Scorecard card, Loss loss, Optional<BigDecimal> running, Optional<Band> band) {
        Optional<IndicatorScore> indicator = card.group(loss.group()).stream()
                .flatMap(g -> g.indicators().stream()).filter(i -> i.indicator().code().equals(loss.code()))
                .findFirst();
        if (indicator.isEmpty()) {
            return new PlanItem(loss, group(card.group(loss.group()).orElseThrow()), Optional.empty(), running, band);
        }
        Basis basis = basis(indicator.get());
        Optional<CountPlan> counts = basis == Basis.COUNTS ? counts(indicator.get()) : Optional.empty();
        if (basis == Basis.COUNTS && counts.isEmpty()) {
            basis = Basis.UNREACHABLE;
        }
        return new PlanItem(loss, basis, counts, running, band);
    }

    /** Why a group is planned as a whole: no formula, no detail, or indicators that do not add up to it. */
    static Basis group(GroupScore group) {
        if (group.indicators().stream().noneMatch(i -> i.indicator().rule().computes())) {
            return Basis.GROUP_AS_WHOLE;
        }
        boolean detail = group.indicators().stream().anyMatch(i -> i.indicator().rule().computes() && i.points().isPresent());
        return detail ? Basis.GROUP_MISMATCH : Basis.GROUP_WITHOUT_DETAIL;
    }

    /** Whether the counts can say what full points take, and if not, why. */
    static Basis basis(IndicatorScore i) {
        if (i.numerator().isEmpty() || i.denominator().isEmpty()) {
            return Basis.SCORE_WITHOUT_COUNTS;
        }
        if (Findings.disagreement(i).isPresent()) {
            return Basis.RULE_MISMATCH;
        }
        BigDecimal n = i.numerator().get();
        BigDecimal d = i.denominator().get();
        if (!whole(n) || !whole(d)) {
            return Basis.NOT_WHOLE;
        }
        if (d.signum() == 0) {
            return Basis.EMPTY_DENOMINATOR;
        }
        if (Reach.reaches(i.indicator(), n, d, i.indicator().max())) {
            return Basis.ROUNDED;
        }
        return Basis.COUNTS;
    }

    /** The counts to the maximum and to one more point; empty where the maximum is out of reach. */
    static Optional<CountPlan> counts(IndicatorScore i) {
        BigDecimal n = i.numerator().orElseThrow();
        BigDecimal d = i.denominator().orElseThrow();
        BigDecimal max = i.indicator().max();
        BigDecimal now = Points.of(i.indicator(), n, d).orElseThrow();
        BigDecimal next = now.add(ONE_POINT);
        Optional<BigDecimal> perPoint = next.compareTo(max) < 0
                ? Reach.numerator(i.indicator(), n, d, next).map(m -> m.subtract(n)) : Optional.empty();
        return Reach.numerator(i.indicator(), n, d, max).map(m -> m.subtract(n))
                .map(full -> new CountPlan(n, d, full, perPoint.filter(p -> p.compareTo(full) < 0)));
    }

    private static boolean whole(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }

    /** True where {@code after} is a higher band than {@code now} (bands are ordered highest first). */
    private static boolean higher(Optional<Band> after, Optional<Band> now, Catalogue catalogue) {
        return after.isPresent() && now.isPresent()
                && catalogue.bands().indexOf(after.get()) < catalogue.bands().indexOf(now.get());
    }
}
