package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.score.Fixtures.dataset;
import static vn.chiso766.score.Fixtures.period;
import static vn.chiso766.score.Fixtures.province;
import static vn.chiso766.score.Fixtures.scores;
import static vn.chiso766.score.Fixtures.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Unit;

class ScorerTest {
    private static final List<Unit> UNITS = List.of(province("P"), unit("S1", Kind.AGENCY, "P"),
            unit("S2", Kind.AGENCY, "P"), unit("S3", Kind.AGENCY, "P"), unit("S4", Kind.AGENCY, "P"),
            unit("X1", Kind.COMMUNE, "P"));

    private static List<Observation> rows(Object... unitA_B) {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < unitA_B.length; i += 3) {
            rows.addAll(scores((String) unitA_B[i], (Integer) unitA_B[i + 1], (String) unitA_B[i + 2]));
        }
        return rows;
    }

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09",
                rows("S1", 100, "30", "S2", 50, "40", "S3", 50, "40", "S4", 10, "10", "X1", 100, "40"))));
        PeriodResult p = r.latest();
        assertEquals(List.of(1, 2, 2, 4), List.of("S1", "S2", "S3", "S4").stream()
                .map(c -> p.unit(c).orElseThrow().standing().rank().orElseThrow()).toList());
        assertEquals(4, p.unit("S1").orElseThrow().standing().rankOf());
    }

    @Test
    void rankAllRanksEveryUnitOfTheProvinceExceptTheProvince() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09",
                rows("P", 10, "10", "S1", 100, "30", "S2", 50, "40", "S3", 50, "40", "S4", 10, "10", "X1", 100, "40"))));
        PeriodResult p = r.latest();
        assertEquals(Optional.of(1), p.unit("X1").orElseThrow().standing().rankAll());
        assertEquals(Optional.of(1), p.unit("X1").orElseThrow().standing().rank());
        assertEquals(Optional.of(2), p.unit("S1").orElseThrow().standing().rankAll());
        assertEquals(5, p.unit("S1").orElseThrow().standing().rankAllOf());
        assertTrue(p.unit("P").orElseThrow().standing().rank().isEmpty(), "a lone province is not ranked 1 of 1");
        assertTrue(p.unit("P").orElseThrow().standing().rankAll().isEmpty());
    }

    @Test
    void incompleteUnitHasNoTotalAndIsNotRankedAsZero() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09",
                rows("S1", 10, null, "S2", 10, "1", "S3", 20, "1", "S4", 30, "1"))));
        UnitResult s1 = r.latest().unit("S1").orElseThrow();
        assertFalse(s1.card().complete());
        assertTrue(s1.card().band().isEmpty());
        assertTrue(s1.standing().rank().isEmpty());
        assertEquals(3, s1.standing().rankOf());
        assertEquals(Optional.of(3), r.latest().unit("S2").orElseThrow().standing().rank(), "lowest complete is 3rd");
        assertTrue(r.latest().findings().stream().anyMatch(f -> f.unitCode().equals("S1")
                && f.type() == Finding.Type.INCOMPLETE));
        assertTrue(r.latest().findings().stream().anyMatch(f -> f.unitCode().equals("X1")
                && f.type() == Finding.Type.NO_DATA));
    }

    @Test
    void deltasCompareWithThePreviousPeriodOfTheData() {
        Results r = Scorer.score(dataset(UNITS,
                period("2026-07", rows("S1", 100, "30", "S2", 50, "30")),
                period("2026-09", rows("S1", 50, "30", "S2", 100, "30.5", "S3", 10, "1"))));
        UnitResult s1 = r.latest().unit("S1").orElseThrow();
        UnitResult s2 = r.latest().unit("S2").orElseThrow();
        assertEquals(0, new BigDecimal("-30").compareTo(s1.standing().deltaTotal().orElseThrow()));
        assertEquals(Optional.of(-1), s1.standing().deltaRank(), "1st → 2nd is a move down");
        assertEquals(Optional.of(1), s2.standing().deltaRank());
        assertEquals(0, new BigDecimal("30.50").compareTo(s2.standing().deltaTotal().orElseThrow()));
        UnitResult s3 = r.latest().unit("S3").orElseThrow();
        assertTrue(s3.standing().deltaTotal().isEmpty(), "no previous figure, no delta");
        assertTrue(r.periods().get(0).unit("S1").orElseThrow().standing().deltaTotal().isEmpty());
    }

    @Test
    void eachKindOfPeriodComparesWithItsOwnPrevious() {
        Results r = Scorer.score(dataset(UNITS,
                period("2026-Q2", rows("S1", 100, "20")),
                period("2026-08", rows("S1", 100, "10")),
                period("2026-09", rows("S1", 100, "12")),
                period("2026-Q3", rows("S1", 100, "25"))));
        PeriodResult q3 = r.period(vn.chiso766.model.Period.quarter(2026, 3)).orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(q3.unit("S1").orElseThrow().standing().deltaTotal().orElseThrow()),
                "Q3 against Q2, not against September");
        assertEquals("2026-Q2", r.previous(q3.period()).orElseThrow().period().toString());
        assertEquals("2026-08", r.previous(vn.chiso766.model.Period.month(2026, 9)).orElseThrow().period().toString());
        assertEquals(2, r.history("S1", vn.chiso766.model.Period.Span.QUARTER).size());
    }

    @Test
    void everySnapshotIsScoredAndTheLatestIsThePeriodsFigures() {
        vn.chiso766.model.Period year = vn.chiso766.model.Period.year(2026);
        java.util.function.Function<String, vn.chiso766.model.PeriodData> snap = day -> new vn.chiso766.model.PeriodData(
                year.at(java.time.LocalDate.parse(day)), day, rows("S1", 100, day.endsWith("05") ? "20" : "30",
                "S2", 100, "25"));
        vn.chiso766.model.Dataset d = vn.chiso766.model.Dataset.of(UNITS, Fixtures.CATALOGUE,
                List.of(snap.apply("2026-10-10"), snap.apply("2026-10-05"), period("2025", rows("S1", 100, "28"))),
                vn.chiso766.model.Settings.empty(), List.of(), List.of());
        Results r = Scorer.score(d);
        PeriodResult now = r.period(year.at(java.time.LocalDate.of(2026, 10, 10))).orElseThrow();
        assertTrue(now.period().provisional());
        assertEquals(2, r.snapshots(year).size());
        assertTrue(r.snapshots(year).get(1) == now, "the latest snapshot is the period's own result");
        PeriodResult before = r.previousSnapshot(now.period()).orElseThrow();
        assertEquals(Optional.of(2), before.unit("S1").orElseThrow().standing().rank());
        assertEquals(Optional.of(1), now.unit("S1").orElseThrow().standing().rank());
        assertEquals(0, new BigDecimal("2").compareTo(now.unit("S1").orElseThrow().standing().deltaTotal().orElseThrow()),
                "both snapshots compare with the previous year");
        assertEquals(0, new BigDecimal("-8").compareTo(before.unit("S1").orElseThrow().standing().deltaTotal().orElseThrow()));
    }

    @Test
    void givenGroupScoreWinsOverIndicatorsAndAMismatchIsAFinding() {
        List<Observation> rows = new ArrayList<>(scores("S1", 50, "20"));
        rows.add(Fixtures.obs("S1", "A", null, null, new BigDecimal("31")));
        Results r = Scorer.score(dataset(UNITS, period("2026-09", rows)));
        Scorecard card = r.latest().unit("S1").orElseThrow().card();
        assertEquals(0, new BigDecimal("51").compareTo(card.total().orElseThrow()));
        assertEquals(GroupScore.Source.GIVEN, card.group("A").orElseThrow().source());
        assertTrue(r.latest().findings().stream().anyMatch(f -> f.type() == Finding.Type.GROUP_MISMATCH));
    }

    @Test
    void scoreAboveMaximumIsKeptAndReported() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09", scores("S1", 100, "40.5"))));
        assertEquals(0, new BigDecimal("100.5").compareTo(r.latest().unit("S1").orElseThrow().card().total().orElseThrow()));
        assertTrue(r.latest().findings().stream().anyMatch(f -> f.type() == Finding.Type.ABOVE_MAXIMUM));
    }

    @Test
    void bandsFollowTheCatalogueThresholds() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09",
                rows("S1", 100, "30", "S2", 50, "40", "S3", 0, "49.99", "S4", 100, "10"))));
        assertEquals("Xuất sắc", band(r, "S1")); // 90.00
        assertEquals("Khá", band(r, "S2"));      // 70.00
        assertEquals("Yếu", band(r, "S3"));      // 49.99
        assertEquals("Khá", band(r, "S4"));      // 70.00
    }

    private static String band(Results r, String code) {
        return r.latest().unit(code).orElseThrow().card().band().orElseThrow().name();
    }

    @Test
    void nationalDataRanksUnitsWithinTheirProvinceAndProvincesTogether() {
        List<Unit> units = List.of(province("P"), province("Q"), unit("S1", Kind.AGENCY, "P"),
                unit("S2", Kind.AGENCY, "P"), unit("T1", Kind.AGENCY, "Q"));
        Results r = Scorer.score(dataset(units, period("2026-09",
                rows("P", 50, "10", "Q", 80, "10", "S1", 10, "10", "S2", 20, "10", "T1", 5, "1"))));
        PeriodResult p = r.latest();
        assertEquals(Optional.of(1), p.unit("T1").orElseThrow().standing().rank(), "alone in its province");
        assertEquals(Optional.of(2), p.unit("S1").orElseThrow().standing().rank());
        assertEquals(Optional.of(1), p.unit("Q").orElseThrow().standing().rank());
        assertEquals(Optional.of(2), p.unit("P").orElseThrow().standing().rank());
        assertEquals(2, p.unit("P").orElseThrow().standing().rankOf());
    }

    @Test
    void scopeStatsGiveMediansAndBandCounts() {
        Results r = Scorer.score(dataset(UNITS, period("2026-09",
                rows("S1", 100, "30", "S2", 50, "40", "S3", 50, "30", "S4", 10, null))));
        ScopeStats agencies = r.latest().scopes(Kind.AGENCY).get(0);
        assertEquals(0, new BigDecimal("70").compareTo(agencies.medianTotal().orElseThrow())); // 90, 70, 60
        assertEquals(1, agencies.bandCounts().get("Xuất sắc"));
        assertEquals(1, agencies.bandCounts().get("Khá"));
        assertEquals(1, agencies.bandCounts().get("Trung bình"));
        assertEquals(List.of("S1", "S2", "S3", "S4"), agencies.ranking().stream().map(u -> u.unit().code()).toList());
        assertEquals(1, agencies.unranked().size());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals("2.50", Stats.median(List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"),
                new BigDecimal("40"))).orElseThrow().toPlainString());
    }
}
