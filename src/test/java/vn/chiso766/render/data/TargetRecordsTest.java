package vn.chiso766.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.Trees;
import vn.chiso766.load.DataFolder;
import vn.chiso766.render.Document;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/**
 * chi-tieu.csv on Gia Lai's real figures, every row checked against figures the test takes from
 * the files themselves: the counts of scores/, the portal's own totals and groups, the national list.
 */
class TargetRecordsTest {
    private static final String TARGETS = """
            scope,indicator,target,from,until,source
            *,TOTAL,72,,,Kế hoạch số 45/KH-UBND ngày 15/01/2026
            AGENCY,ON_TIME,"90,5",2026-10,,Kế hoạch số 45/KH-UBND ngày 15/01/2026
            H21.16,ON_TIME,85,2026-Q4,,Văn bản số 124/UBND-TH
            AGENCY,DOSSIER_SYNC,100,2026-11,,
            AGENCY,MDHL,17.9,,,
            PROVINCE,PLACE,3,,,Nghị quyết số 12/NQ-TU
            """;
    private static final Path PORTAL = TestData.GIA_LAI;

    @TempDir
    Path dir;

    @Test
    void everyRowOfBothMonthsAgreesWithTheFiguresOfTheData() throws Exception {
        Trees.copy(TestData.GIA_LAI_NATIONAL, dir);
        TestData.in(dir).file("targets.csv", TARGETS);
        Results results = Scorer.score(DataFolder.load(dir));
        for (PeriodResult period : results.periods()) {
            String month = period.period().toString();
            List<Map<String, String>> expected = expected(month);
            List<Map<String, String>> actual = csv(write(TargetRecords.documents(period, results.dataset()).get(0)));
            assertEquals(expected, actual, month);
        }
        assertTrue(expected("2026-09").stream().noneMatch(r -> r.get("indicator").equals("ON_TIME")),
                "from 2026-10: no ratio target in September");
    }

    @Test
    void theJsonHoldsNumbersAndNulls() throws Exception {
        Trees.copy(TestData.GIA_LAI_NATIONAL, dir);
        TestData.in(dir).file("targets.csv", TARGETS);
        Results results = Scorer.score(DataFolder.load(dir));
        JsonNode json = new ObjectMapper().readTree(write(TargetRecords.documents(results.latest(),
                results.dataset()).get(1)));
        JsonNode province = json.get(0);
        assertEquals("H21", province.get("unit_code").asText());
        assertTrue(province.get("target").isNumber() && province.get("value").isNumber());
        assertEquals(72, province.get("target").asInt());
        assertTrue(json.findValues("source").stream().anyMatch(JsonNode::isNull));
    }

    @Test
    void aPeriodNoRowAppliesToHasNoFile() throws Exception {
        Trees.copy(TestData.GIA_LAI_NATIONAL, dir);
        TestData.in(dir).file("targets.csv", "scope,indicator,target,from\n*,TOTAL,80,2027\n");
        Results results = Scorer.score(DataFolder.load(dir));
        assertTrue(TargetRecords.documents(results.latest(), results.dataset()).isEmpty());
    }

    /** The rows the file must hold, computed here from the data's own files. */
    private List<Map<String, String>> expected(String month) throws IOException {
        Map<String, CSVRecord> portal = byUnit(PORTAL.resolve("portal-results-" + month + ".csv"), "unit_code");
        Map<String, CSVRecord> onTime = new HashMap<>();
        for (CSVRecord r : read(dir.resolve("scores/" + month + ".csv"))) {
            if (r.get("indicator").equals("ON_TIME")) {
                onTime.put(r.get("unit_code"), r);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord unit : read(dir.resolve("units.csv"))) {
            String code = unit.get("code");
            boolean agency = unit.get("kind").equals("AGENCY");
            points(rows, unit, "TOTAL", "72", portal.get(code).get("total"), "Kế hoạch số 45/KH-UBND ngày 15/01/2026");
            if (agency && month.equals("2026-10")) {
                boolean own = code.equals("H21.16");
                ratio(rows, unit, own ? "85" : "90.5", onTime.get(code), own ? "Văn bản số 124/UBND-TH"
                        : "Kế hoạch số 45/KH-UBND ngày 15/01/2026");
            }
            if (agency) {
                points(rows, unit, "MDHL", "17.9", portal.get(code).get("MDHL"), "");
            }
            if (!agency) {
                place(rows, unit, month);
            }
        }
        return rows;
    }

    private static void points(List<Map<String, String>> rows, CSVRecord unit, String indicator, String target,
                               String value, String source) {
        BigDecimal v = new BigDecimal(value).setScale(2);
        boolean met = v.compareTo(new BigDecimal(target)) >= 0;
        rows.add(row(unit, indicator, target, v.toPlainString(), met,
                met ? "" : new BigDecimal(target).subtract(v).setScale(2).toPlainString(), source));
    }

    /** The ratio and, counting up one by one, the first numerator whose rounded ratio reaches the target. */
    private static void ratio(List<Map<String, String>> rows, CSVRecord unit, String target, CSVRecord counts,
                              String source) {
        long n = Long.parseLong(counts.get("numerator"));
        long d = Long.parseLong(counts.get("denominator"));
        if (d == 0) {
            rows.add(row(unit, "ON_TIME", target, "", null, "", source));
            return;
        }
        BigDecimal goal = new BigDecimal(target);
        long k = 0;
        while (shown(n + k, d).compareTo(goal) < 0) {
            k++;
        }
        rows.add(row(unit, "ON_TIME", target, shown(n, d).toPlainString(), k == 0, k == 0 ? "" : Long.toString(k),
                source));
    }

    private static BigDecimal shown(long n, long d) {
        return BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
    }

    /** The province's place: one more than the provinces with a higher total in the national list. */
    private void place(List<Map<String, String>> rows, CSVRecord unit, String month) throws IOException {
        List<CSVRecord> national = read(dir.resolve("national/" + month + ".csv"));
        BigDecimal own = national.stream().filter(r -> r.get("province_code").equals(unit.get("code")))
                .map(r -> new BigDecimal(r.get("total"))).findFirst().orElseThrow();
        long place = 1 + national.stream().filter(r -> !r.get("total").isEmpty())
                .filter(r -> new BigDecimal(r.get("total")).compareTo(own) > 0).count();
        rows.add(row(unit, "PLACE", "3", Long.toString(place), place <= 3, place <= 3 ? "" : Long.toString(place - 3),
                "Nghị quyết số 12/NQ-TU"));
    }

    private static Map<String, String> row(CSVRecord unit, String indicator, String target, String value, Boolean met,
                                           String needed, String source) {
        Map<String, String> r = new java.util.LinkedHashMap<>();
        r.put("unit_code", unit.get("code"));
        r.put("unit_name", unit.get("name"));
        r.put("indicator", indicator);
        r.put("target", target);
        r.put("value", value);
        r.put("met", met == null ? "" : met ? "yes" : "no");
        r.put("needed", needed);
        r.put("source", source);
        return r;
    }

    private static String write(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.plan().prepare().body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords().stream().map(r -> (Map<String, String>) new java.util.LinkedHashMap<>(r.toMap()))
                .toList();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file))).getRecords();
    }

    private static Map<String, CSVRecord> byUnit(Path file, String column) throws IOException {
        Map<String, CSVRecord> map = new HashMap<>();
        read(file).forEach(r -> map.put(r.get(column), r));
        return map;
    }
}
