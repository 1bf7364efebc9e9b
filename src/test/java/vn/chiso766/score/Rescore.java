package vn.chiso766.score;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Observation;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Unit;

/**
 * A unit's rows of one period, scored by the scorer itself ({@link Scoring#scorecard}) as they are
 * and after a plan's changes: the plan's claims are checked against the scorer, never against a
 * second implementation of the rules.
 */
record Rescore(Unit unit, PeriodData period, Catalogue catalogue, Map<String, Observation> rows) {
    /** The real fixtures (with and without the portal's notes) and the sample publication's data. */
    static final List<Path> DATA = List.of(TestData.GIA_LAI, TestData.GIA_LAI_NATIONAL, Path.of("data"));

    static List<Rescore> all(Path dir) {
        try {
            return all(DataFolder.load(dir));
        } catch (Exception e) {
            throw new IllegalStateException(dir.toString(), e);
        }
    }

    static List<Rescore> all(Dataset dataset) {
        List<Rescore> out = new ArrayList<>();
        for (PeriodData period : dataset.periods()) {
            Map<String, Map<String, Observation>> byUnit = new HashMap<>();
            period.observations().forEach(o -> byUnit.computeIfAbsent(o.unitCode(), k -> new HashMap<>()).put(o.code(), o));
            for (Unit unit : dataset.units()) {
                out.add(new Rescore(unit, period, dataset.catalogue(), byUnit.getOrDefault(unit.code(), Map.of())));
            }
        }
        return out;
    }

    Scorecard card() {
        return Scoring.scorecard(unit, period.period(), catalogue, rows);
    }

    /** The same rows with an indicator's numerator set and its given score dropped. */
    Rescore numerator(String code, BigDecimal numerator) {
        Observation o = rows.get(code);
        return with(new Observation(o.unitCode(), code, Optional.of(numerator), o.denominator(), Optional.empty(),
                o.source(), o.quality()));
    }

    /** The same rows with a row's score set (an indicator's or a group's). */
    Rescore score(String code, BigDecimal score) {
        Observation o = rows.get(code);
        return with(new Observation(o.unitCode(), code, o.numerator(), o.denominator(), Optional.of(score), o.source(),
                o.quality()));
    }

    /** The same rows without one. */
    Rescore without(String code) {
        Map<String, Observation> copy = new HashMap<>(rows);
        copy.remove(code);
        return new Rescore(unit, period, catalogue, copy);
    }

    /** The points the scorer gives an indicator. */
    BigDecimal points(String code) {
        return card().groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.indicator().code().equals(code)).findFirst().orElseThrow().points().orElseThrow();
    }

    /**
     * The rows once a plan item reaches its maximum: the counts it names, or its given score (or
     * its group's, for a group scored as a whole) at the maximum. A group the data gives but its
     * indicators explain is then summed, as its given figure would no longer be current.
     */
    Rescore fixed(PlanItem item) {
        String code = item.loss().code();
        if (item.loss().code().equals(item.loss().group())) {
            return score(code, item.loss().max());
        }
        Rescore fixed = item.counts().map(c -> numerator(code, c.numerator().add(c.toFull())))
                .orElseGet(() -> score(code, item.loss().max()));
        return fixed.rows.containsKey(item.loss().group()) ? fixed.without(item.loss().group()) : fixed;
    }

    private Rescore with(Observation o) {
        Map<String, Observation> copy = new HashMap<>(rows);
        copy.put(o.code(), o);
        return new Rescore(unit, period, catalogue, copy);
    }

    @Override
    public String toString() {
        return unit.code() + " " + period.period();
    }
}
