package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Rule;
import vn.chiso766.model.Unit;
import vn.chiso766.score.PlanItem.Basis;

/** Every count a plan shows, checked against the scorer on the real fixtures and the sample data. */
class PlansTest {
    @Test
    void theCountToFullReachesTheMaximumAndOneFewerDoesNotOnEveryIndicatorOfTheData() {
        int checked = 0;
        int perPoint = 0;
        for (Path dir : Rescore.DATA) {
            for (Rescore unit : Rescore.all(dir)) {
                for (PlanItem item : Plans.of(unit.card(), unit.catalogue()).items()) {
                    if (item.basis() != Basis.COUNTS) {
                        continue;
                    }
                    String code = item.loss().code();
                    CountPlan c = item.counts().orElseThrow();
                    BigDecimal max = item.loss().max();
                    String where = dir + " " + unit + " " + code + " " + c;
                    assertTrue(c.toFull().signum() > 0, where);
                    assertEquals(0, unit.numerator(code, c.numerator().add(c.toFull())).points(code).compareTo(max), where);
                    assertTrue(unit.numerator(code, c.numerator().add(c.toFull()).subtract(BigDecimal.ONE)).points(code)
                            .compareTo(max) < 0, where);
                    if (c.perPoint().isPresent()) {
                        BigDecimal next = unit.numerator(code, c.numerator()).points(code).add(BigDecimal.ONE);
                        BigDecimal p = c.perPoint().get();
                        assertTrue(unit.numerator(code, c.numerator().add(p)).points(code).compareTo(next) >= 0, where);
                        assertTrue(unit.numerator(code, c.numerator().add(p).subtract(BigDecimal.ONE)).points(code)
                                .compareTo(next) < 0, where);
                        assertTrue(p.compareTo(c.toFull()) < 0, where);
                        perPoint++;
                    } else if (item.loss().lost().compareTo(BigDecimal.ONE) > 0) {
                        BigDecimal next = unit.numerator(code, c.numerator()).points(code).add(BigDecimal.ONE);
                        assertTrue(unit.numerator(code, c.numerator().add(c.toFull()).subtract(BigDecimal.ONE))
                                .points(code).compareTo(next) < 0, where + ": one point takes every item to the maximum");
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "count plans checked: " + checked);
        assertTrue(perPoint > 100, "one-more-point costs checked: " + perPoint);
    }

    @Test
    void theRunningTotalAndTheBandCrossingAreTheScorersTotalOnceTheItemsAreFixed() {
        int crossings = 0;
        for (Path dir : Rescore.DATA) {
            for (Rescore unit : Rescore.all(dir)) {
                Scorecard card = unit.card();
                UnitPlan plan = Plans.of(card, unit.catalogue());
                if (card.total().isEmpty()) {
                    assertTrue(plan.items().stream().allMatch(i -> i.totalAfter().isEmpty()), unit.toString());
                    continue;
                }
                Rescore fixed = unit;
                for (int n = 0; n < plan.items().size(); n++) {
                    PlanItem item = plan.items().get(n);
                    fixed = fixed.fixed(item);
                    Scorecard after = fixed.card();
                    String where = dir + " " + unit + " after " + (n + 1) + " " + item.loss().code();
                    assertEquals(0, after.total().orElseThrow().compareTo(item.totalAfter().orElseThrow()), where);
                    assertEquals(after.band(), item.bandAfter(), where);
                    boolean higher = rank(after.band(), unit.catalogue()) < rank(card.band(), unit.catalogue());
                    assertEquals(higher, plan.crossing().map(c -> c <= itemIndex(plan, item)).orElse(false), where + " crossing");
                }
                if (plan.crossing().isPresent()) {
                    crossings++;
                }
                if (card.band().equals(Optional.of(unit.catalogue().bands().get(0)))) {
                    assertTrue(plan.crossing().isEmpty(), unit.toString());
                }
            }
        }
        assertTrue(crossings > 50, "band crossings checked: " + crossings);
    }

    private static int itemIndex(UnitPlan plan, PlanItem item) {
        return plan.items().indexOf(item);
    }

    private static int rank(Optional<Band> band, Catalogue catalogue) {
        return catalogue.bands().indexOf(band.orElseThrow());
    }

    @Test
    void noPlanLineWithCountsWhereTheDataHasNone() {
        int without = 0;
        java.util.Set<Basis> groups = java.util.EnumSet.noneOf(Basis.class);
        for (Path dir : Rescore.DATA) {
            for (Rescore unit : Rescore.all(dir)) {
                for (PlanItem item : Plans.of(unit.card(), unit.catalogue()).items()) {
                    Observation row = unit.rows().get(item.loss().code());
                    Optional<Indicator> indicator = unit.catalogue().indicator(item.loss().code());
                    boolean counted = indicator.map(i -> i.rule().computes()).orElse(false) && row != null
                            && row.numerator().isPresent() && row.denominator().filter(d -> d.signum() > 0).isPresent();
                    String where = dir + " " + unit + " " + item;
                    assertEquals(item.basis() == Basis.COUNTS, item.counts().isPresent(), where);
                    if (!counted) {
                        assertNotEquals(Basis.COUNTS, item.basis(), where);
                        without++;
                    }
                    if (indicator.isEmpty()) {
                        assertTrue(java.util.Set.of(Basis.GROUP_AS_WHOLE, Basis.GROUP_WITHOUT_DETAIL, Basis.GROUP_MISMATCH)
                                .contains(item.basis()), where);
                        boolean formula = unit.catalogue().indicatorsOf(item.loss().group()).stream()
                                .anyMatch(i -> i.rule().computes());
                        assertEquals(!formula, item.basis() == Basis.GROUP_AS_WHOLE, where);
                        groups.add(item.basis());
                    }
                    if (indicator.isPresent() && row != null && row.score().isPresent() && row.numerator().isEmpty()) {
                        assertEquals(Basis.SCORE_WITHOUT_COUNTS, item.basis(), where);
                    }
                }
            }
        }
        assertTrue(without > 100, "items without counts: " + without);
        // CLGQ and TTTT have no formula; the provinces' own rows give groups without detail
        assertTrue(groups.containsAll(java.util.Set.of(Basis.GROUP_AS_WHOLE, Basis.GROUP_WITHOUT_DETAIL)), groups.toString());
    }

    private static final Catalogue ONE = new Catalogue(
            List.of(new Group("A", "Nhóm A", BigDecimal.valueOf(20)), new Group("B", "Nhóm B", BigDecimal.valueOf(80))),
            List.of(new Indicator("A1", "A", "Chỉ số A1", BigDecimal.valueOf(20), new Rule.Linear(), false)),
            Fixtures.CATALOGUE.bands());

    private static PlanItem only(Catalogue catalogue, BigDecimal n, BigDecimal d, BigDecimal score) {
        Unit unit = Fixtures.unit("S1", Kind.AGENCY, "P");
        var rows = new java.util.HashMap<String, Observation>();
        rows.put(catalogue.indicators().get(0).code(), Fixtures.obs("S1", catalogue.indicators().get(0).code(), n, d, score));
        rows.put("B", Fixtures.obs("S1", "B", null, null, BigDecimal.valueOf(60)));
        Scorecard card = Scoring.scorecard(unit, vn.chiso766.model.Period.of(2026, 10), catalogue, rows);
        return Plans.of(card, catalogue).items().stream().filter(i -> i.loss().code().equals("A1")).findFirst().orElseThrow();
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void theExampleOfTheIssueAndTheRoundingBoundaryOfLargeDenominators() {
        CountPlan issue = only(ONE, n(2541), n(2618), null).counts().orElseThrow();
        assertEquals(n(77), issue.toFull(), "2.618 hồ sơ: 0,59 điểm short takes all 77 remaining");
        assertTrue(issue.perPoint().isEmpty());
        // 20 × 99.975 ÷ 100.000 = 19,995 rounds half up to 20,00: the last 25 items are not needed
        CountPlan large = only(ONE, n(90_000), n(100_000), null).counts().orElseThrow();
        assertEquals(n(9_975), large.toFull());
        assertEquals(n(4_975), large.perPoint().orElseThrow(), "18,00 → 19,00: 18,995 at 94.975 rounds up to 19,00");
    }

    @Test
    void aGivenScoreTheRuleDisagreesWithGivesNoCounts() {
        // 50/100 gives 10 points under the rule; the portal published 7,5: counts would contradict the published score
        PlanItem item = only(ONE, n(50), n(100), new BigDecimal("7.5"));
        assertEquals(Basis.RULE_MISMATCH, item.basis());
        assertTrue(item.counts().isEmpty());
        assertEquals("12.50", item.loss().lost().toPlainString(), "the points lost are those of the published score");
        // within a cent of the rule: the counts hold
        assertEquals(Basis.COUNTS, only(ONE, n(50), n(100), new BigDecimal("10.01")).basis());
        assertEquals(Basis.ROUNDED, only(ONE, n(100), n(100), new BigDecimal("19.99")).basis());
    }

    @Test
    void emptyDenominatorsFractionsAndThresholdsAboveTheDenominatorGiveNoCounts() {
        assertEquals(Basis.EMPTY_DENOMINATOR, only(ONE, n(0), n(0), null).basis());
        assertEquals(Basis.NOT_WHOLE, only(ONE, new BigDecimal("2.5"), n(10), null).basis());
        Catalogue above = new Catalogue(ONE.groups(), List.of(new Indicator("A1", "A", "Chỉ số A1", BigDecimal.valueOf(20),
                new Rule.FullAt(new BigDecimal("1.25")), false)), ONE.bands());
        PlanItem item = only(above, n(50), n(100), null);
        assertEquals(Basis.UNREACHABLE, item.basis());
        assertTrue(item.counts().isEmpty());
    }

    @Test
    void aThresholdChangedInTheCatalogueChangesThePlan(@TempDir Path dir) throws Exception {
        copy(Path.of("data"), dir);
        Path indicators = dir.resolve("catalogue/indicators.csv");
        CountPlan at80 = plan(DataFolder.load(dir), "M01.01", "REUSED_DIGITIZED_DATA");
        String csv = Files.readString(indicators);
        assertTrue(csv.contains(",full_at,80,"));
        Files.writeString(indicators, csv.replace("REUSED_DIGITIZED_DATA,MDSH,\"Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin,"
                + " dữ liệu số hóa\",2,full_at,80,", "REUSED_DIGITIZED_DATA,MDSH,\"Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin,"
                + " dữ liệu số hóa\",2,full_at,95,"));
        CountPlan at95 = plan(DataFolder.load(dir), "M01.01", "REUSED_DIGITIZED_DATA");
        // M01.01 in 2026-10: 50 of 95 dossiers; 80% of 95 is 76 (2 × 76 ÷ 76 = 2,00), 95% is 90,25
        // (2 × 90 ÷ 90,25 = 1,994… rounds to 1,99; 91 gives 2,00)
        assertEquals(new BigDecimal("50"), at80.numerator());
        assertEquals(n(26), at80.toFull());
        assertEquals(n(41), at95.toFull());
    }

    private static CountPlan plan(Dataset dataset, String unit, String code) {
        Results results = Scorer.score(dataset);
        Scorecard card = results.latest().unit(unit).orElseThrow().card();
        return Plans.of(card, dataset.catalogue()).items().stream().filter(i -> i.loss().code().equals(code))
                .findFirst().orElseThrow().counts().orElseThrow();
    }

    static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
