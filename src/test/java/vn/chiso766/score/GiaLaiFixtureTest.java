package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.cli.Main;

/**
 * Builds the real Gia Lai figures and compares every field of our open data with what the
 * national portal published, to the hundredth.
 */
class GiaLaiFixtureTest {
    private static final List<String> FIELDS = List.of("kind", "CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL",
            "total", "band", "rank", "rank_all", "delta_total", "delta_rank");

    @TempDir
    static Path out;

    @TestFactory
    Stream<DynamicTest> everyFigureMatchesThePortal() throws IOException {
        assertEquals(0, Main.run("build", "--data", TestData.GIA_LAI.toString(), "--out", out.toString()));
        List<DynamicTest> tests = new ArrayList<>();
        for (String period : List.of("2026-09", "2026-10")) {
            Map<String, CSVRecord> ours = byUnit(out.resolve(period).resolve("ket-qua.csv"));
            Map<String, CSVRecord> portal = byUnit(TestData.GIA_LAI.resolve("portal-results-" + period + ".csv"));
            assertEquals(portal.keySet(), ours.keySet(), period + ": same units");
            for (String unit : portal.keySet()) {
                tests.add(DynamicTest.dynamicTest(period + " " + unit, () -> {
                    for (String field : FIELDS) {
                        assertSame(portal.get(unit).get(field), ours.get(unit).get(field), period + " " + unit + " " + field);
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void assertSame(String expected, String actual, String what) {
        if (expected.isEmpty() || actual.isEmpty()) {
            assertEquals(expected, actual, what);
        } else if (expected.matches("-?[0-9.]+")) {
            assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)),
                    what + ": expected " + expected + " but was " + actual);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    static Map<String, CSVRecord> byUnit(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords().stream().collect(Collectors.toMap(r -> r.get("unit_code"), Function.identity()));
        }
    }
}
