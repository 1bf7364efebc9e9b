package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;

/** Turns a unit's observations of one period into its scorecard. Pure. */
public final class Scoring {
    private Scoring() {
    }

    /** @param rows the unit's observations keyed by indicator or group code */
    public static Scorecard scorecard(Unit unit, Period period, Catalogue catalogue, Map<String, Observation> rows) {
        return scorecard(unit, period, catalogue, indicators(catalogue), rows);
    }

    /** Each group's indicators, in the catalogue's order: found once per period, not per unit and group. */
    static Map<Group, List<Indicator>> indicators(Catalogue catalogue) {
        Map<Group, List<Indicator>> indicators = new LinkedHashMap<>();
        catalogue.groups().forEach(g -> indicators.put(g, catalogue.indicatorsOf(g.code())));
        return indicators;
    }

    /** @param indicators the catalogue's groups and their indicators ({@link #indicators}) */
    static Scorecard scorecard(Unit unit, Period period, Catalogue catalogue, Map<Group, List<Indicator>> indicators,
                               Map<String, Observation> rows) {
        List<GroupScore> groups = new ArrayList<>();
        indicators.forEach((group, own) -> groups.add(group(group, own, rows)));
        Optional<BigDecimal> total = total(groups);
        return new Scorecard(unit, period, groups, total, total.map(catalogue::bandOf));
    }

    /** Plain loops: a year of daily snapshots scores this nine hundred thousand times. */
    static GroupScore group(Group group, List<Indicator> indicators, Map<String, Observation> rows) {
        List<IndicatorScore> scores = new ArrayList<>(indicators.size());
        BigDecimal sum = null;
        for (Indicator i : indicators) {
            IndicatorScore score = indicator(i, rows.get(i.code()));
            scores.add(score);
            if (score.points().isPresent()) {
                sum = sum == null ? score.points().get() : sum.add(score.points().get());
            }
        }
        Observation row = rows.get(group.code());
        Optional<BigDecimal> given = row == null ? Optional.empty() : row.score();
        if (given.isPresent()) {
            return new GroupScore(group, given, GroupScore.Source.GIVEN, scores);
        }
        if (sum == null) {
            return new GroupScore(group, Optional.empty(), GroupScore.Source.MISSING, scores);
        }
        return new GroupScore(group, Optional.of(Points.round(sum)), GroupScore.Source.SUM, scores);
    }

    static IndicatorScore indicator(Indicator indicator, Observation row) {
        if (row == null) {
            return new IndicatorScore(indicator, Optional.empty(), Optional.empty(), Optional.empty(), false);
        }
        if (row.score().isPresent()) {
            return new IndicatorScore(indicator, row.numerator(), row.denominator(), row.score(), true, row.quality());
        }
        Optional<BigDecimal> points = row.numerator()
                .flatMap(n -> row.denominator().flatMap(d -> Points.of(indicator, n, d)));
        return new IndicatorScore(indicator, row.numerator(), row.denominator(), points, false, row.quality());
    }

    /** The sum of the six groups, or empty where any group has no data. */
    static Optional<BigDecimal> total(List<GroupScore> groups) {
        BigDecimal total = BigDecimal.ZERO;
        for (GroupScore group : groups) {
            if (group.points().isEmpty()) {
                return Optional.empty();
            }
            total = total.add(group.points().get());
        }
        return Optional.of(Points.round(total));
    }
}
