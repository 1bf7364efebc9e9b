package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Unit;

/** The units holding a province down: shares that add up, province-wide figures never added. */
class ShortfallsTest {
    private static List<Shortfall> of(Results results, PeriodResult period, String province) {
        Optional<UnitResult> own = period.unit(province).filter(u -> u.unit().kind() == Kind.PROVINCE);
        List<UnitResult> members = period.units().stream()
                .filter(u -> u.unit().kind() != Kind.PROVINCE && u.unit().provinceCode().equals(province)).toList();
        return Shortfalls.of(own, members, results.dataset().catalogue());
    }

    @Test
    void sharesAddUpToTheProvinceTotalAndToAHundredPercentOnEveryIndicatorOfTheData() throws Exception {
        int checked = 0;
        for (Path dir : Rescore.DATA) {
            Results results = Scorer.score(DataFolder.load(dir));
            for (PeriodResult period : results.periods()) {
                for (String province : results.dataset().units().stream().map(Unit::provinceCode).distinct().toList()) {
                    for (Shortfall s : of(results, period, province)) {
                        String where = dir + " " + period.period() + " " + s.indicator().code();
                        BigDecimal sum = s.units().stream().map(u -> u.counts().toFull()).reduce(BigDecimal.ZERO, BigDecimal::add);
                        assertEquals(0, sum.compareTo(s.total()), where);
                        if (s.common().isPresent()) {
                            assertTrue(s.units().isEmpty(), where);
                            continue;
                        }
                        if (s.total().signum() > 0) {
                            assertEquals(100, s.units().stream().mapToInt(Shortfall.UnitShare::percent).sum(), where);
                            assertEquals(100, s.units().get(s.units().size() - 1).cumulative(), where);
                        }
                        int running = 0;
                        for (Shortfall.UnitShare u : s.units()) {
                            running += u.percent();
                            assertEquals(running, u.cumulative(), where);
                            BigDecimal exact = sumUpTo(s, u).multiply(BigDecimal.valueOf(100));
                            assertEquals(exact.divide(s.total(), 0, java.math.RoundingMode.HALF_UP).intValue(), u.cumulative(), where);
                            // each unit's count is its own plan's
                            assertEquals(u.counts(), Plans.of(u.unit().card(), results.dataset().catalogue()).items().stream()
                                    .filter(i -> i.loss().code().equals(s.indicator().code())).findFirst()
                                    .orElseThrow().counts().orElseThrow(), where);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "unit shares checked: " + checked);
    }

    private static BigDecimal sumUpTo(Shortfall s, Shortfall.UnitShare last) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Shortfall.UnitShare u : s.units()) {
            sum = sum.add(u.counts().toFull());
            if (u == last) {
                break;
            }
        }
        return sum;
    }

    @Test
    void theProvinceWideIndicatorsAreNamedOnceNeverAdded() throws Exception {
        Results results = Scorer.score(DataFolder.load(Path.of("data")));
        List<Shortfall> all = of(results, results.latest(), "M01");
        Shortfall publish = all.stream().filter(s -> s.indicator().code().equals("PUBLISH_ON_TIME")).findFirst().orElseThrow();
        assertTrue(publish.common().isPresent() && publish.shared().isPresent());
        assertEquals(new Shortfall.Counts(BigDecimal.valueOf(11), BigDecimal.valueOf(23)), publish.unitsSum().orElseThrow());
        assertEquals(BigDecimal.valueOf(12), publish.shared().get().toFull());
        Shortfall onTime = all.stream().filter(s -> s.indicator().code().equals("ON_TIME")).findFirst().orElseThrow();
        assertTrue(onTime.common().isEmpty() && onTime.shared().isEmpty());
        assertTrue(onTime.units().size() > 100);
        Results gialai = Scorer.score(DataFolder.load(vn.chiso766.TestData.GIA_LAI));
        assertTrue(of(gialai, gialai.latest(), "H21").stream().filter(s -> s.indicator().group().equals("CKMB")
                && !s.indicator().code().equals("DOSSIER_SYNC")).allMatch(s -> s.common().isPresent()));
    }

    @Test
    void theUnitsThatFellMostWithTheItemsThatFell() throws Exception {
        Results results = Scorer.score(DataFolder.load(Path.of("data")));
        PeriodResult period = results.latest();
        List<UnitResult> members = period.units().stream().filter(u -> u.unit().kind() != Kind.PROVINCE).toList();
        List<Fall> falls = Falls.of(members, results.previous(period.period()), 5);
        assertEquals(5, falls.size());
        for (int i = 1; i < falls.size(); i++) {
            assertTrue(falls.get(i - 1).delta().compareTo(falls.get(i).delta()) <= 0);
        }
        for (Fall f : falls) {
            assertTrue(f.delta().signum() < 0);
            assertTrue(!f.declines().isEmpty(), f.toString());
            assertTrue(f.declines().stream().allMatch(d -> d.delta().signum() < 0
                    && d.now().subtract(d.before()).compareTo(d.delta()) == 0), f.toString());
        }
        assertEquals(List.of(), Falls.of(members, Optional.empty(), 5));
    }
}
