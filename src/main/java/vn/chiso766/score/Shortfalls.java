package vn.chiso766.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Indicator;
import vn.chiso766.score.PlanItem.Basis;
import vn.chiso766.score.Shortfall.Counts;
import vn.chiso766.score.Shortfall.PlanItemOf;
import vn.chiso766.score.Shortfall.UnitShare;

/**
 * Which units hold a province down, indicator by indicator, in counts: from each unit's
 * {@link Plans plan}, one pass over the units. Pure.
 */
public final class Shortfalls {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shortfalls() {
    }

    /**
     * Indicators on which the province itself loses points (or has no figure) and its units lose
     * points, the costliest to the units first.
     */
    public static List<Shortfall> of(Optional<UnitResult> province, List<UnitResult> members, Catalogue catalogue) {
        Map<String, List<PlanItemOf>> byCode = new LinkedHashMap<>();
        for (UnitResult unit : members) {
            for (PlanItem item : Plans.of(unit.card(), catalogue).items()) {
                byCode.computeIfAbsent(item.loss().code(), k -> new ArrayList<>()).add(new PlanItemOf(unit, item));
            }
        }
        List<Shortfall> out = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<PlanItemOf> items = byCode.getOrDefault(indicator.code(), List.of());
            if (!items.isEmpty() && provinceLoses(province, indicator)) {
                out.add(shortfall(indicator, items, province, members));
            }
        }
        out.sort(Comparator.comparing(Shortfall::lost).reversed()
                .thenComparing(s -> s.indicator().code()));
        return List.copyOf(out);
    }

    private static Shortfall shortfall(Indicator indicator, List<PlanItemOf> items, Optional<UnitResult> province,
                                       List<UnitResult> members) {
        BigDecimal lost = Points.round(items.stream().map(i -> i.item().loss().lost())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<PlanItemOf> counted = items.stream().filter(i -> i.item().basis() == Basis.COUNTS).toList();
        List<PlanItemOf> without = items.stream().filter(i -> i.item().basis() != Basis.COUNTS).toList();
        List<Counts> unitCounts = members.stream().flatMap(u -> counts(u, indicator.code()).stream()).toList();
        Optional<Counts> provinceCounts = province.flatMap(p -> counts(p, indicator.code()));
        boolean shared = unitCounts.size() > 1 && unitCounts.stream().distinct().count() == 1;
        if (shared) {
            Optional<CountPlan> plan = counted.stream().map(i -> i.item().counts().orElseThrow()).findFirst();
            Optional<Counts> common = Optional.of(unitCounts.get(0));
            return new Shortfall(indicator, lost, common, plan, BigDecimal.ZERO, List.of(), without, common,
                    provinceCounts);
        }
        return new Shortfall(indicator, lost, Optional.empty(), Optional.empty(), total(counted), shares(counted),
                without, sum(unitCounts), provinceCounts);
    }

    /** Units by items needed, most first, with cumulatively rounded percentages. */
    static List<UnitShare> shares(List<PlanItemOf> counted) {
        List<PlanItemOf> sorted = counted.stream().sorted(Comparator.comparing(
                        (PlanItemOf i) -> i.item().counts().orElseThrow().toFull()).reversed()
                .thenComparing(i -> i.unit().unit().code())).toList();
        BigDecimal total = total(sorted);
        List<UnitShare> out = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        int before = 0;
        for (PlanItemOf i : sorted) {
            CountPlan plan = i.item().counts().orElseThrow();
            running = running.add(plan.toFull());
            int cumulative = percent(running, total);
            out.add(new UnitShare(i.unit(), plan, i.item().loss().lost(), cumulative - before, cumulative));
            before = cumulative;
        }
        return out;
    }

    /** part ÷ whole in whole percent, half up. */
    public static int percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal total(List<PlanItemOf> counted) {
        return counted.stream().map(i -> i.item().counts().orElseThrow().toFull()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<Counts> sum(List<Counts> counts) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Counts(counts.stream().map(Counts::numerator).reduce(BigDecimal.ZERO, BigDecimal::add),
                counts.stream().map(Counts::denominator).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** A unit's counts for an indicator. */
    static Optional<Counts> counts(UnitResult unit, String code) {
        return indicator(unit, code).filter(i -> i.numerator().isPresent() && i.denominator().isPresent())
                .map(i -> new Counts(i.numerator().get(), i.denominator().get()));
    }

    private static Optional<IndicatorScore> indicator(UnitResult unit, String code) {
        return unit.card().groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.indicator().code().equals(code)).findFirst();
    }

    /** The province loses points on the indicator, on its group where it has no figure of its own, or has no figure. */
    private static boolean provinceLoses(Optional<UnitResult> province, Indicator indicator) {
        if (province.isEmpty()) {
            return true;
        }
        Optional<BigDecimal> own = indicator(province.get(), indicator.code()).flatMap(IndicatorScore::lost);
        if (own.isPresent()) {
            return own.get().signum() > 0;
        }
        return province.get().card().group(indicator.group()).flatMap(GroupScore::lost).map(l -> l.signum() > 0)
                .orElse(true);
    }
}
