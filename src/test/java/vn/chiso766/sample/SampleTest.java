package vn.chiso766.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Observation;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Unit;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;

class SampleTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        SampleOptions options = new SampleOptions(2, 6, 15, 3, YearMonth.of(2026, 10), 42);
        Sample.write(options, tmp.resolve("a"));
        Sample.write(options, tmp.resolve("b"));
        Sample.write(new SampleOptions(2, 6, 15, 3, YearMonth.of(2026, 10), 43), tmp.resolve("c"));
        List<Path> files = files(tmp.resolve("a"));
        assertEquals(List.of(Path.of("scores/2026-08.csv"), Path.of("scores/2026-09.csv"),
                Path.of("scores/2026-10.csv"), Path.of("units.csv")), files);
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file.toString());
        }
        assertFalse(Files.readString(tmp.resolve("a/scores/2026-10.csv"))
                .equals(Files.readString(tmp.resolve("c/scores/2026-10.csv"))));
    }

    @Test
    void sizesMatchTheOptions() throws Exception {
        Sample.Summary summary = Sample.write(new SampleOptions(3, 7, 11, 4, YearMonth.of(2026, 2), 1), tmp);
        Dataset data = DataFolder.load(tmp);
        assertEquals(3 * (1 + 7 + 11), summary.units());
        assertEquals(3, count(data.units(), Kind.PROVINCE));
        assertEquals(3 * 7, count(data.units(), Kind.AGENCY));
        assertEquals(3 * 11, count(data.units(), Kind.COMMUNE));
        assertEquals(List.of("2025-11", "2025-12", "2026-01", "2026-02"),
                data.periods().stream().map(p -> p.period().toString()).toList());
        assertEquals(summary.rows(), data.periods().stream().mapToLong(p -> p.observations().size()).sum());
    }

    @Test
    void theSampleProvinceLoadsAndScoresWithARealisticSpread() throws Exception {
        Sample.write(SampleOptions.defaults(), tmp);
        Results results = Scorer.score(DataFolder.load(tmp));
        assertEquals(12, results.periods().size());
        assertEquals("2026-10", results.latest().period().toString());
        List<UnitResult> units = results.latest().units().stream()
                .filter(u -> u.unit().kind() != Kind.PROVINCE && u.card().complete()).toList();
        List<BigDecimal> totals = units.stream().map(u -> u.card().total().orElseThrow()).sorted().toList();
        assertTrue(totals.get(0).compareTo(BigDecimal.valueOf(40)) < 0, "lowest " + totals.get(0));
        assertTrue(totals.get(totals.size() - 1).compareTo(BigDecimal.valueOf(85)) > 0, "highest " + totals.get(totals.size() - 1));
        Map<String, Long> bands = units.stream()
                .collect(Collectors.groupingBy(u -> u.card().band().orElseThrow().name(), Collectors.counting()));
        assertTrue(bands.size() >= 4, bands.toString());
        assertTrue(bands.get("Trung bình") + bands.get("Khá") > units.size() / 2, bands.toString());
        long incomplete = results.periods().stream().flatMap(p -> p.units().stream())
                .filter(u -> !u.card().complete()).count();
        assertTrue(incomplete > 0, "some units miss a month or a group");
        assertTrue(results.latest().unit("M01").orElseThrow().card().complete(), "the province has its own row");
    }

    /** Each unit keeps its own level from month to month: consecutive totals move together, not at random. */
    @Test
    void unitsDriftFromMonthToMonthRatherThanJump() throws Exception {
        Sample.write(SampleOptions.defaults(), tmp);
        Results results = Scorer.score(DataFolder.load(tmp));
        PeriodResult before = results.periods().get(10);
        List<double[]> pairs = results.latest().units().stream()
                .filter(u -> u.card().complete() && before.unit(u.unit().code()).orElseThrow().card().complete())
                .map(u -> new double[] {before.unit(u.unit().code()).orElseThrow().card().total().orElseThrow().doubleValue(),
                    u.card().total().orElseThrow().doubleValue()})
                .toList();
        assertTrue(pairs.size() > 100);
        double correlation = correlation(pairs);
        assertTrue(correlation > 0.8, "correlation of consecutive totals " + correlation);
        assertTrue(correlation < 0.999, "totals should move a little: " + correlation);
    }

    @Test
    void namesAreDemonstrationVietnameseNfcAndUniqueWithinTheProvince() throws Exception {
        Sample.write(SampleOptions.defaults(), tmp);
        List<Unit> units = DataFolder.load(tmp).units();
        Unit province = units.get(0);
        assertEquals("UBND tỉnh Mẫu (dữ liệu minh họa)", province.name());
        assertTrue(units.stream().anyMatch(u -> u.name().equals("Sở Tư pháp")));
        assertTrue(units.stream().anyMatch(u -> u.name().equals("Ban Quản lý các khu công nghiệp")));
        assertTrue(units.stream().anyMatch(u -> u.name().equals("Thanh tra tỉnh")));
        String raw = Files.readString(tmp.resolve("units.csv"));
        assertEquals(Normalizer.normalize(raw, Normalizer.Form.NFC), raw);
        Set<String> names = new HashSet<>();
        for (Unit u : units) {
            assertTrue(names.add(u.name()), "duplicate " + u.name());
            if (u.kind() == Kind.COMMUNE) {
                assertTrue(u.name().matches("(Xã|Phường|Đặc khu) \\p{Lu}.+"), u.name());
            }
        }
    }

    @Test
    void provinceWidePublicationIsTheSameForEveryUnitOfAMonth() throws Exception {
        Sample.write(new SampleOptions(2, 5, 10, 2, YearMonth.of(2026, 10), 9), tmp);
        Dataset data = DataFolder.load(tmp);
        Map<String, Unit> units = data.unitsByCode();
        for (PeriodData period : data.periods()) {
            for (String code : List.of("PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL")) {
                Map<String, Set<String>> perProvince = period.observations().stream()
                        .filter(o -> o.code().equals(code))
                        .collect(Collectors.groupingBy(o -> units.get(o.unitCode()).provinceCode(),
                                Collectors.mapping(SampleTest::counts, Collectors.toSet())));
                assertEquals(2, perProvince.size());
                perProvince.values().forEach(v -> assertEquals(1, v.size(), code + " " + v));
            }
        }
    }

    @Test
    void nationalDataRanksEveryUnitWithinItsOwnProvince() throws Exception {
        Sample.write(new SampleOptions(34, 20, 100, 2, YearMonth.of(2026, 10), 766), tmp);
        Dataset data = DataFolder.load(tmp);
        assertEquals(34 * 121, data.units().size());
        PeriodResult latest = Scorer.score(data).latest();
        assertEquals(34, latest.units().stream().filter(u -> u.unit().kind() == Kind.PROVINCE).count());
        Map<String, List<UnitResult>> byProvince = latest.units().stream()
                .filter(u -> u.unit().kind() == Kind.AGENCY)
                .collect(Collectors.groupingBy(u -> u.unit().provinceCode()));
        assertEquals(34, byProvince.size());
        byProvince.forEach((province, agencies) -> {
            List<Integer> ranks = agencies.stream().flatMap(u -> u.standing().rank().stream()).sorted().toList();
            assertEquals(1, ranks.get(0), province);
            assertTrue(ranks.get(ranks.size() - 1) <= agencies.size(), province + " " + ranks);
            agencies.forEach(u -> assertTrue(u.standing().rankOf() <= 20, u.unit().code()));
        });
        List<Integer> provinceRanks = latest.units().stream().filter(u -> u.unit().kind() == Kind.PROVINCE)
                .flatMap(u -> u.standing().rank().stream()).toList();
        assertEquals(34, provinceRanks.size());
        assertTrue(provinceRanks.stream().allMatch(r -> r >= 1 && r <= 34));
    }

    @Test
    void optionsOutsideTheirRangeAreRefused() {
        YearMonth until = YearMonth.of(2026, 10);
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(0, 20, 120, 12, until, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(1, Names.AGENCIES.size() + 1, 0, 12, until, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(1, 0, 0, 12, until, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(1, 20, 120, 0, until, 1));
    }

    private static double correlation(List<double[]> pairs) {
        double n = pairs.size();
        double mx = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
        double my = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double sxx = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        double syy = pairs.stream().mapToDouble(p -> (p[1] - my) * (p[1] - my)).sum();
        return sxy / Math.sqrt(sxx * syy);
    }

    private static String counts(Observation o) {
        return o.numerator().map(BigDecimal::toPlainString).orElse("") + "/"
                + o.denominator().map(BigDecimal::toPlainString).orElse("");
    }

    private static long count(List<Unit> units, Kind kind) {
        return units.stream().filter(u -> u.kind() == kind).count();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
