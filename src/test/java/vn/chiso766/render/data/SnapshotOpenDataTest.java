package vn.chiso766.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.cli.Main;

/** The open data of a period with daily snapshots: the three snapshot fields, and each day's own files. */
class SnapshotOpenDataTest {
    private static final List<String> MONTHLY = List.of("unit_code", "unit_name", "kind", "CKMB", "TDGQ", "CLGQ",
            "TTTT", "MDSH", "MDHL", "total", "band", "rank", "rank_all", "delta_total", "delta_rank");
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 10, 8);

    @TempDir
    static Path tmp;

    @BeforeAll
    static void build() {
        assertEquals(0, Main.run("build", "--data", TestData.snapshots(tmp.resolve("data")).toString(),
                "--out", tmp.resolve("out").toString()));
    }

    @Test
    void eachDayPublishesItsFiguresAndItsChangeSinceTheDayBefore() throws Exception {
        Map<String, CSVRecord> first = read(tmp.resolve("out/2026/2026-10-01/ket-qua.csv"));
        Map<String, CSVRecord> second = read(tmp.resolve("out/2026/2026-10-08/ket-qua.csv"));
        Map<String, CSVRecord> portalFirst = TestData.portalOn(FIRST);
        Map<String, CSVRecord> portalSecond = TestData.portalOn(SECOND);
        assertEquals(portalSecond.keySet(), second.keySet());
        for (String code : portalSecond.keySet()) {
            CSVRecord was = portalFirst.get(code);
            CSVRecord now = portalSecond.get(code);
            assertEquals("2026-10-01", first.get(code).get("snapshot"));
            assertEquals("2026-10-08", second.get(code).get("snapshot"));
            assertEquals("", first.get(code).get("delta_total_snapshot"), code);
            assertEquals("", first.get(code).get("delta_rank_snapshot"), code);
            assertEquals(number(was.get("total")), number(first.get(code).get("total")), code);
            assertEquals(now.get("rank"), second.get(code).get("rank"), code);
            assertEquals(number(now.get("total")).subtract(number(was.get("total"))),
                    number(second.get(code).get("delta_total_snapshot")), code);
            assertEquals(rankChange(was, now), second.get(code).get("delta_rank_snapshot"), code);
        }
    }

    @Test
    void thePeriodsFilesAreItsLatestDaysWithTheSameFields() throws Exception {
        Path period = tmp.resolve("out/2026/ket-qua.csv");
        assertEquals(Files.readString(tmp.resolve("out/2026/2026-10-08/ket-qua.csv")), Files.readString(period));
        List<String> header = List.of(Files.readAllLines(period).get(0).split(","));
        assertEquals(MONTHLY, header.subList(0, MONTHLY.size()));
        assertEquals(List.of("snapshot", "delta_total_snapshot", "delta_rank_snapshot"), header.subList(MONTHLY.size(), header.size()));
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/2026/2026-10-08/ket-qua.json").toFile());
        JsonNode department = json.get(0);
        assertEquals("2026-10-08", department.get("snapshot").asText());
        assertTrue(json.findValues("delta_rank_snapshot").stream().allMatch(n -> n.isNull() || n.isInt()));
        JsonNode firstDay = new ObjectMapper().readTree(tmp.resolve("out/2026/2026-10-01/ket-qua.json").toFile());
        assertTrue(firstDay.findValues("delta_total_snapshot").stream().allMatch(JsonNode::isNull));
    }

    @Test
    void monthlyDataKeepTheContractsFieldsOnly() throws Exception {
        Path out = tmp.resolve("monthly");
        assertEquals(0, Main.run("build", "--data", TestData.GIA_LAI.toString(), "--out", out.toString()));
        for (String month : List.of("2026-09", "2026-10")) {
            assertEquals(String.join(",", MONTHLY), Files.readAllLines(out.resolve(month).resolve("ket-qua.csv")).get(0));
            assertTrue(Files.notExists(out.resolve(month).resolve("2026-10-01")));
        }
    }

    @Test
    void aNewDayLeavesTheEarlierDaysFilesAsTheyWere() throws Exception {
        Path data = TestData.snapshots(tmp.resolve("days"));
        Path out = tmp.resolve("days-out");
        assertEquals(0, Main.run("build", "--data", data.toString(), "--out", out.toString()));
        Object before = Files.readAttributes(out.resolve("2026/2026-10-01/ket-qua.csv"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Files.copy(data.resolve("scores/2026/2026-10-08.csv"), data.resolve("scores/2026/2026-10-09.csv"));
        assertEquals(0, Main.run("build", "--data", data.toString(), "--out", out.toString()));
        assertEquals(before, Files.readAttributes(out.resolve("2026/2026-10-01/ket-qua.csv"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "linked from the previous publication");
        Map<String, CSVRecord> third = read(out.resolve("2026/2026-10-09/ket-qua.csv"));
        assertEquals("0.00", third.get("H21.17").get("delta_total_snapshot"));
        assertEquals("0", third.get("H21.17").get("delta_rank_snapshot"));
    }

    private static String rankChange(CSVRecord was, CSVRecord now) {
        return was.get("rank").isEmpty() || now.get("rank").isEmpty() ? ""
                : String.valueOf(Integer.parseInt(was.get("rank")) - Integer.parseInt(now.get("rank")));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text).setScale(2);
    }

    private static Map<String, CSVRecord> read(Path file) throws Exception {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("unit_code"), r);
            }
        }
        return rows;
    }
}
