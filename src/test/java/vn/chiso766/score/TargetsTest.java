package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.Settings;
import vn.chiso766.model.Target;
import vn.chiso766.model.Unit;
import vn.chiso766.score.TargetResult.Status;

/** Targets: the most specific row, the bounds by months, met or what it takes at the rounding's boundary. */
class TargetsTest {
    private static final Unit P = Fixtures.province("P");
    private static final Unit S1 = Fixtures.unit("S1", Kind.AGENCY, "P");
    private static final Unit X1 = Fixtures.unit("X1", Kind.COMMUNE, "P");

    private static Target target(String scope, String indicator, String value, String from, String until) {
        return new Target(scope, indicator, new BigDecimal(value), Period.parse(from), Period.parse(until), "");
    }

    private static Target target(String scope, String indicator, String value) {
        return target(scope, indicator, value, null, null);
    }

    private static List<TargetResult> results(String period, List<Observation> rows, Target... targets) {
        Dataset d = Fixtures.dataset(List.of(P, S1, X1), Fixtures.period(period, rows));
        return Targets.of(Scorer.score(d).latest(), List.of(targets), Fixtures.CATALOGUE);
    }

    private static TargetResult only(List<TargetResult> results, String unit, String indicator) {
        List<TargetResult> found = results.stream().filter(r -> r.unit().code().equals(unit)
                && r.target().indicator().equals(indicator)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static List<Observation> counts(String unit, long numerator, long denominator) {
        return List.of(Fixtures.obs(unit, "A1", BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null),
                Fixtures.obs(unit, "B", null, null, new BigDecimal("30")));
    }

    @Test
    void theRatioAsThePortalShowsItAndTheSmallestCountThatMeetsIt() {
        assertNeeded(949, 1000, "95", "94.90", 1);
        assertNeeded(900, 1000, "95", "90.00", 50);
        assertNeeded(1200, 1234, "99.8", "97.24", 32);
        // 19959/20000 = 99.795 shows as 99.80 (half up): 959 more, not the 960 a truncation would ask
        assertNeeded(19000, 20000, "99.8", "95.00", 959);
        // 2/3 = 66.666…% shows as 66.67: meets 66.67
        TargetResult met = only(results("2026-09", counts("S1", 2, 3), target("S1", "A1", "66.67")), "S1", "A1");
        assertEquals(Status.MET, met.status());
        assertEquals(new BigDecimal("66.67"), met.value().orElseThrow());
        assertTrue(met.needed().isEmpty());
    }

    private static void assertNeeded(long numerator, long denominator, String target, String value, long needed) {
        TargetResult r = only(results("2026-09", counts("S1", numerator, denominator), target("*", "A1", target)),
                "S1", "A1");
        assertEquals(Status.MISSED, r.status());
        assertEquals(new BigDecimal(value), r.value().orElseThrow());
        assertEquals(BigDecimal.valueOf(needed), r.needed().orElseThrow());
        BigDecimal goal = new BigDecimal(target);
        BigDecimal d = BigDecimal.valueOf(denominator);
        BigDecimal enough = BigDecimal.valueOf(numerator + needed);
        assertTrue(Reach.percent(enough, d).compareTo(goal) >= 0, "the count meets the target");
        assertTrue(Reach.percent(enough.subtract(BigDecimal.ONE), d).compareTo(goal) < 0, "one fewer does not");
    }

    @Test
    void theUnitRowOverridesItsKindWhichOverridesEveryUnit() {
        List<Observation> rows = new ArrayList<>(counts("S1", 80, 100));
        rows.addAll(counts("X1", 80, 100));
        rows.addAll(Fixtures.scores("P", 80, "30"));
        List<TargetResult> r = results("2026-09", rows, target("*", "A1", "70"), target("COMMUNE", "A1", "85"),
                target("S1", "A1", "79.5"), target("X1", "A", "50"));
        assertEquals(new BigDecimal("70"), only(r, "P", "A1").target().target());
        assertEquals(Status.MET, only(r, "P", "A1").status());
        assertEquals(new BigDecimal("79.5"), only(r, "S1", "A1").target().target());
        assertEquals(Status.MISSED, only(r, "X1", "A1").status());
        assertEquals(BigDecimal.valueOf(5), only(r, "X1", "A1").needed().orElseThrow());
        assertEquals(Status.MISSED, only(r, "X1", "A").status(), "48 points against 50");
        assertEquals(new BigDecimal("2.00"), only(r, "X1", "A").needed().orElseThrow());
        assertEquals(List.of("A1", "A"), r.stream().filter(t -> t.unit().code().equals("X1"))
                .map(t -> t.target().indicator()).toList(), "in the order of the file");
    }

    @Test
    void aRowAppliesWhereEveryMonthOfThePeriodLiesWithinItsBounds() {
        Target later = target("*", "A1", "99", "2026-10", null);
        Target third = target("*", "A1", "95", "2026-07", "2026-09");
        assertTrue(results("2026-09", counts("S1", 1, 2), later).isEmpty(), "a row of later periods does not apply");
        assertEquals(3, results("2026-Q3", counts("S1", 1, 2), third).size());
        assertEquals(3, results("2026-08", counts("S1", 1, 2), third).size());
        assertTrue(results("2026", counts("S1", 1, 2), third).isEmpty(), "the year reaches past September");
        assertEquals(3, results("2026", counts("S1", 1, 2), target("*", "A1", "95", "2026-Q1", "2026")).size());
    }

    @Test
    void noCountsOrNoScoreIsNoDataNeitherMetNorMissed() {
        List<Observation> rows = List.of(Fixtures.obs("S1", "A1", null, null, new BigDecimal("50")),
                Fixtures.obs("X1", "A1", BigDecimal.ZERO, BigDecimal.ZERO, null));
        List<TargetResult> r = results("2026-09", rows, target("*", "A1", "90"), target("*", "TOTAL", "80"));
        for (TargetResult t : r) {
            assertEquals(Status.NO_DATA, t.status(), t.toString());
            assertTrue(t.value().isEmpty() && t.needed().isEmpty());
        }
        assertEquals(6, r.size());
    }

    @Test
    void thePlaceOfTheProvinceAmongTheProvinces() {
        NationalList list = new NationalList(Period.month(2026, 9), "national/2026-09.csv", List.of(
                row("Q", "90"), row("R", "85"), row("P", "70"), row("T", "60")));
        Dataset d = new Dataset(List.of(P, S1), Fixtures.CATALOGUE, List.of(Fixtures.period("2026-09",
                Fixtures.scores("P", 50, "20"))), Settings.empty(), List.of(list), List.of());
        List<TargetResult> r = Targets.of(Scorer.score(d).latest(), List.of(target("*", "PLACE", "1")),
                Fixtures.CATALOGUE);
        assertEquals(1, r.size(), "only the province has a place");
        assertEquals(BigDecimal.valueOf(3), r.get(0).value().orElseThrow());
        assertEquals(BigDecimal.valueOf(2), r.get(0).needed().orElseThrow());
        d = Fixtures.dataset(List.of(P), Fixtures.period("2026-09", Fixtures.scores("P", 50, "20")));
        assertEquals(Status.NO_DATA, Targets.of(Scorer.score(d).latest(), List.of(target("P", "PLACE", "5")),
                Fixtures.CATALOGUE).get(0).status(), "no national list: no place");
    }

    private static NationalRow row(String code, String total) {
        return new NationalRow(code, "Tỉnh " + code, "id", Map.of(), Optional.of(new BigDecimal(total)),
                Optional.empty(), new Observation.Source("n.csv", 2));
    }
}
