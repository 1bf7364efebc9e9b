package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.QualityNote;
import vn.chiso766.model.Settings;
import vn.chiso766.model.Unit;

/** The portal's notes, given scores checked against the rule, and the national standing. */
class PortalScoringTest {
    private static final Period SEP = Period.of(2026, 9);
    private static final Period OCT = Period.of(2026, 10);

    private static NationalRow row(String code, String total) {
        return new NationalRow(code, "Tỉnh " + code, "id-" + code, Map.of(),
                Optional.ofNullable(total).map(BigDecimal::new), Optional.empty(), new Observation.Source("n.csv", 2));
    }

    private static NationalList list(Period period, NationalRow... rows) {
        return new NationalList(period, "national/" + period + ".csv", List.of(rows));
    }

    private static List<Finding> findings(List<Observation> rows) {
        Unit unit = Fixtures.unit("S1", Kind.AGENCY, "P");
        Dataset d = Fixtures.dataset(List.of(Fixtures.province("P"), unit), Fixtures.period("2026-09", rows));
        return Scorer.score(d).findings().stream().filter(f -> f.unitCode().equals("S1")).toList();
    }

    @Test
    void competitionRanksWithTiesAndUnrankedLast() {
        NationalRanking r = NationalRanks.of(list(OCT, row("A", "60"), row("B", "70.5"), row("C", "70.50"),
                row("D", null), row("E", "50")), Optional.empty(), Fixtures.CATALOGUE);
        assertEquals(List.of("B", "C", "A", "E", "D"), r.places().stream().map(p -> p.row().provinceCode()).toList());
        assertEquals(List.of(Optional.of(1), Optional.of(1), Optional.of(3), Optional.of(4), Optional.<Integer>empty()),
                r.places().stream().map(NationalPlace::rank).toList());
        assertEquals(4, r.ranked());
        assertEquals("Trung bình", r.place("A").orElseThrow().band().orElseThrow().name());
        assertTrue(r.place("D").orElseThrow().band().isEmpty());
        assertTrue(r.previous().isEmpty() && r.place("A").orElseThrow().deltaRank().isEmpty());
    }

    @Test
    void rankChangeIsPositiveWhenMovingUp() {
        NationalList before = list(SEP, row("A", "80"), row("B", "70"), row("C", "60"), row("D", "55"));
        NationalRanking r = NationalRanks.of(list(OCT, row("A", "60"), row("B", "70"), row("C", "90"), row("D", null)),
                Optional.of(before), Fixtures.CATALOGUE);
        assertEquals(Optional.of(2), r.place("C").orElseThrow().deltaRank());
        assertEquals(Optional.of(0), r.place("B").orElseThrow().deltaRank());
        assertEquals(Optional.of(-2), r.place("A").orElseThrow().deltaRank());
        assertEquals(Optional.of(4), r.place("D").orElseThrow().previousRank());
        assertTrue(r.place("D").orElseThrow().deltaRank().isEmpty(), "no rank now: no change");
        assertEquals(Optional.of(SEP), r.previous());
    }

    @Test
    void scorerRanksEachPeriodAgainstTheLatestEarlierList() {
        Unit p = Fixtures.province("A");
        Dataset d = new Dataset(List.of(p), Fixtures.CATALOGUE, List.of(Fixtures.period("2026-10", Fixtures.scores("A", 50, "20"))),
                Settings.empty(), List.of(list(OCT, row("A", "70"), row("B", "60")), list(SEP, row("A", "50"), row("B", "60"))),
                List.of());
        Results results = Scorer.score(d);
        NationalRanking r = results.latest().national().orElseThrow();
        assertEquals(Optional.of(1), r.place("A").orElseThrow().deltaRank());
        assertEquals(2, results.dataset().nationals().size(), "the results keep the national lists");
    }

    @Test
    void noNationalListNoRanking() {
        Dataset d = Fixtures.dataset(List.of(Fixtures.province("A")), Fixtures.period("2026-10", Fixtures.scores("A", 50, "20")));
        assertTrue(Scorer.score(d).latest().national().isEmpty());
    }

    @Test
    void givenScoreFarFromTheRuleIsAFinding() {
        List<Observation> rows = new ArrayList<>(List.of(
                Fixtures.obs("S1", "A1", BigDecimal.valueOf(50), BigDecimal.valueOf(100), new BigDecimal("31.5")),
                Fixtures.obs("S1", "B", null, null, BigDecimal.TEN)));
        List<Finding> found = findings(rows);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Finding.Type.RULE_MISMATCH, found.get(0).type());
        assertEquals("điểm chỉ số A1 đã công bố là 31,50 nhưng theo công thức, 50/100 cho 30,00 điểm; dùng điểm đã công bố.",
                found.get(0).message());
        assertTrue(found.get(0).source().isPresent());
    }

    @Test
    void givenScoreWithinACentOfTheRuleIsNoFinding() {
        // 60 × 1/3 = 20.00; 60 × 2/3 = 40.00; 20.006 rounds to 20.01: one cent of rounding is tolerated
        assertTrue(findings(List.of(Fixtures.obs("S1", "A1", BigDecimal.ONE, BigDecimal.valueOf(3), new BigDecimal("20.006")),
                Fixtures.obs("S1", "B", null, null, BigDecimal.TEN))).isEmpty());
        assertEquals(1, findings(List.of(Fixtures.obs("S1", "A1", BigDecimal.ONE, BigDecimal.valueOf(3), new BigDecimal("20.02")),
                Fixtures.obs("S1", "B", null, null, BigDecimal.TEN))).size());
    }

    @Test
    void portalNoteIsAFindingAtItsRowAndOnTheIndicator() {
        Observation noted = new Observation("S1", "A1", Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.valueOf(2)),
                Optional.empty(), new Observation.Source("scores/2026-09.csv", 7),
                Optional.of(new QualityNote("TEMP_NATIONAL_REPORT_DENOMINATOR", "Mẫu số đang dùng số tạm.")));
        Observation group = new Observation("S1", "B", Optional.empty(), Optional.empty(), Optional.of(BigDecimal.TEN),
                new Observation.Source("scores/2026-09.csv", 8), Optional.of(new QualityNote("NO_NATIONAL_REPORT_DATA", "")));
        List<Finding> found = findings(List.of(noted, group));
        assertEquals(2, found.size(), found.toString());
        assertEquals(Finding.Type.PORTAL_NOTE, found.get(0).type());
        assertEquals("chỉ số A1: mẫu số lấy từ báo cáo quốc gia (BCQG/GRIS) đang là số tạm; Cổng ghi: \u201cMẫu số đang"
                + " dùng số tạm.\u201d", found.get(0).message());
        assertEquals(7, found.get(0).source().orElseThrow().line());
        assertEquals("nhóm B: chưa có số liệu báo cáo quốc gia (BCQG/GRIS).", found.get(1).message());
        assertEquals("UNKNOWN_X", new QualityNote("UNKNOWN_X", "").status());
        assertEquals("Cổng ghi trạng thái UNKNOWN_X", PortalNotes.meaning("UNKNOWN_X"));
    }

    @Test
    void realDataGivesNoRuleMismatch() throws Exception {
        for (java.nio.file.Path dir : List.of(TestData.GIA_LAI, TestData.GIA_LAI_NATIONAL, java.nio.file.Path.of("data"))) {
            List<Finding> found = Scorer.score(DataFolder.load(dir)).findings();
            assertTrue(found.stream().noneMatch(f -> f.type() == Finding.Type.RULE_MISMATCH), dir.toString());
        }
        Results national = Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL));
        assertEquals(3, national.findings().stream().filter(f -> f.type() == Finding.Type.PORTAL_NOTE).count());
        NationalPlace gialai = national.latest().national().orElseThrow().place("H21").orElseThrow();
        assertEquals(34, national.latest().national().orElseThrow().ranked());
        assertTrue(gialai.deltaRank().orElseThrow() > 0, gialai.toString());
    }
}
