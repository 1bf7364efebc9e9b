package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.Target;
import vn.chiso766.model.Unit;
import vn.chiso766.score.TargetResult.Measure;
import vn.chiso766.score.TargetResult.Status;

/**
 * Every unit's targets in a period: for each indicator the most specific row that applies (the
 * unit's code, then its kind, then every unit), the unit's value, met or not, and what it takes.
 * Pure; computed when a document needs it, never stored in {@link Results}.
 */
public final class Targets {
    private Targets() {
    }

    /** Every unit's targets in the period, units in units.csv order, each unit's targets in file order of their indicator. */
    public static List<TargetResult> of(PeriodResult period, List<Target> targets, Catalogue catalogue) {
        List<TargetResult> results = new ArrayList<>();
        for (UnitResult unit : period.units()) {
            for (Target target : applying(targets, unit.unit(), period.period())) {
                results.add(result(unit, target, period, catalogue));
            }
        }
        return results;
    }

    /** One unit's targets in the period. */
    public static List<TargetResult> of(PeriodResult period, String unitCode, List<Target> targets,
                                        Catalogue catalogue) {
        return period.unit(unitCode).stream().flatMap(unit -> applying(targets, unit.unit(), period.period()).stream()
                .map(target -> result(unit, target, period, catalogue))).toList();
    }

    /** Results by the row of targets.csv they come from, rows in file order, those with no result left out. */
    public static Map<Target, List<TargetResult>> byTarget(List<Target> targets, List<TargetResult> results) {
        Map<Target, List<TargetResult>> byRow = new LinkedHashMap<>();
        targets.forEach(t -> byRow.put(t, new ArrayList<>()));
        results.forEach(r -> byRow.get(r.target()).add(r));
        byRow.values().removeIf(List::isEmpty);
        return byRow;
    }

    /** The results that missed their target, furthest from it first (most items, points or places needed). */
    public static List<TargetResult> missed(List<TargetResult> results) {
        return results.stream().filter(TargetResult::missed)
                .sorted(Comparator.comparing((TargetResult r) -> r.needed().orElse(BigDecimal.ZERO)).reversed())
                .toList();
    }

    /** The rows that apply to a unit in a period: per indicator, the most specific one. */
    static List<Target> applying(List<Target> targets, Unit unit, Period period) {
        Map<String, Target> chosen = new LinkedHashMap<>();
        for (Target target : targets) {
            OptionalInt rank = target.specificity(unit);
            if (rank.isEmpty() || !target.appliesTo(period) || !placeOfProvince(target, unit)) {
                continue;
            }
            Target before = chosen.get(target.indicator());
            if (before == null || before.specificity(unit).getAsInt() < rank.getAsInt()) {
                chosen.put(target.indicator(), target);
            }
        }
        return List.copyOf(chosen.values());
    }

    private static boolean placeOfProvince(Target target, Unit unit) {
        return !target.indicator().equals(Target.PLACE) || unit.parent().isEmpty();
    }

    private static TargetResult result(UnitResult unit, Target target, PeriodResult period, Catalogue catalogue) {
        String code = target.indicator();
        if (code.equals(Target.PLACE)) {
            Optional<Integer> place = period.national().flatMap(n -> n.place(unit.unit().code()))
                    .flatMap(NationalPlace::rank);
            return place.map(p -> atMost(unit, target, BigDecimal.valueOf(p)))
                    .orElseGet(() -> noData(unit, target, Measure.PLACE, Optional.empty()));
        }
        if (catalogue.indicator(code).isPresent()) {
            return ratio(unit, target, catalogue);
        }
        Optional<BigDecimal> points = code.equals(Target.TOTAL) ? unit.card().total()
                : unit.card().group(code).flatMap(GroupScore::points);
        return points.map(p -> atLeast(unit, target, p))
                .orElseGet(() -> noData(unit, target, Measure.POINTS, Optional.empty()));
    }

    private static TargetResult ratio(UnitResult unit, Target target, Catalogue catalogue) {
        String group = catalogue.indicator(target.indicator()).orElseThrow().group();
        Optional<IndicatorScore> score = unit.card().group(group).stream().flatMap(g -> g.indicators().stream())
                .filter(s -> s.indicator().code().equals(target.indicator())).findFirst();
        Optional<BigDecimal> numerator = score.flatMap(IndicatorScore::numerator);
        Optional<BigDecimal> denominator = score.flatMap(IndicatorScore::denominator).filter(d -> d.signum() > 0);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return noData(unit, target, Measure.RATIO, score);
        }
        BigDecimal value = Reach.percent(numerator.get(), denominator.get());
        if (value.compareTo(target.target()) >= 0) {
            return new TargetResult(unit.unit(), target, Measure.RATIO, Optional.of(value), Status.MET,
                    Optional.empty(), score);
        }
        Optional<BigDecimal> needed = whole(numerator.get()) && whole(denominator.get())
                ? Reach.percentNumerator(numerator.get(), denominator.get(), target.target())
                        .map(m -> m.subtract(numerator.get()))
                : Optional.empty();
        return new TargetResult(unit.unit(), target, Measure.RATIO, Optional.of(value), Status.MISSED, needed, score);
    }

    private static TargetResult atLeast(UnitResult unit, Target target, BigDecimal points) {
        boolean met = points.compareTo(target.target()) >= 0;
        return new TargetResult(unit.unit(), target, Measure.POINTS, Optional.of(points),
                met ? Status.MET : Status.MISSED,
                met ? Optional.empty() : Optional.of(Points.round(target.target().subtract(points))), Optional.empty());
    }

    private static TargetResult atMost(UnitResult unit, Target target, BigDecimal place) {
        boolean met = place.compareTo(target.target()) <= 0;
        return new TargetResult(unit.unit(), target, Measure.PLACE, Optional.of(place),
                met ? Status.MET : Status.MISSED,
                met ? Optional.empty() : Optional.of(place.subtract(target.target()).stripTrailingZeros()),
                Optional.empty());
    }

    private static TargetResult noData(UnitResult unit, Target target, Measure measure,
                                       Optional<IndicatorScore> score) {
        return new TargetResult(unit.unit(), target, measure, Optional.empty(), Status.NO_DATA, Optional.empty(),
                score);
    }

    private static boolean whole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
