package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chiso766.portal.Importer;
import vn.chiso766.portal.fetch.ReplayPortal;
import vn.chiso766.portal.fetch.Waits;

/**
 * fetch of the running year against a replay of the portal answering in October (the national list
 * a crawler took on 10/10/2026, Phú Thọ's group answers): each day's snapshot under the portal's own
 * date, a second fetch the same day replacing it, and the year's plain file once the year has ended.
 */
class FetchSnapshotTest extends FetchTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The portal says it is {@code date}; the machine's clock says the same, give or take a minute. */
    private Cli fetchAt(String date, String period) {
        Instant at = Instant.parse(date);
        portal.date(at);
        FetchSetup setup = new FetchSetup(Clock.fixed(at.minusSeconds(40), ZoneOffset.UTC), new Waits(),
                Waits.politeness(), Importer::run);
        return fetch(setup, "--province", "H44", "--period", period);
    }

    private List<String> files(String folder) throws IOException {
        Path dir = data.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunningYearIsSavedAsTheSnapshotOfThePortalsDay() throws IOException {
        Cli cli = fetchAt("2026-10-10T01:00:05Z", "2026");
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(List.of("2026-10-10.csv"), files("scores/2026"));
        assertEquals(List.of("2026-10-10.csv"), files("national/2026"));
        assertEquals(List.of("2026-10-10.properties"), files("sources/2026"));
        assertFalse(Files.exists(data.resolve("scores/2026.csv")));
        assertTrue(Files.readString(data.resolve("sources/2026/2026-10-10.properties"))
                .contains("retrieved_at=2026-10-10T08:00:05+07:00\n"));
        assertTrue(Files.readString(data.resolve("national/2026/2026-10-10.csv")).contains("\nH44,UBND tỉnh Phú Thọ,"));
        assertTrue(cli.out().contains("Số liệu tạm tính đến ngày 10/10/2026 (năm 2026 chưa kết thúc; giờ của Cổng"
                + " 08:00:05): ghi thành ảnh chụp của ngày này."), cli.out());
        assertTrue(cli.out().contains("Kỳ 2026 (ảnh chụp ngày 10/10/2026): số liệu mới của 4 đơn vị."), cli.out());
        for (ReplayPortal.Request request : portal.requests()) {
            String body = request.body().toString();
            assertTrue(body.startsWith("{\"timeType\":\"year\",\"year\":2026,")
                    || body.startsWith("{\"fromDate\":\"2026-01-01\",\"toDate\":\"2026-10-10\","), body);
        }
    }

    @Test
    void aSecondFetchTheSameDayReplacesItsSnapshotAndSaysWhatChanged() throws IOException {
        assertEquals(0, fetchAt("2026-10-10T01:00:05Z", "2026").exit());
        ObjectNode online = (ObjectNode) MAPPER.readTree(portal.answer("provide-online-tree"));
        ((ObjectNode) online.path("data").path("children").get(1)).put("totalScore", 7.59);
        portal.answer("provide-online-tree", MAPPER.writeValueAsBytes(online));
        Cli again = fetchAt("2026-10-10T09:30:00Z", "2026");
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of("2026-10-10.csv"), files("scores/2026"));
        assertTrue(again.out().contains("Kỳ 2026 (ảnh chụp ngày 10/10/2026): 1 thay đổi so với lần lấy trước trong"
                + " cùng ngày (Cổng tính số liệu theo thời gian thực):\n    ~ H44.03 CLGQ: 7,09 → 7,59"), again.out());
        assertTrue(Files.readString(data.resolve("scores/2026/2026-10-10.csv")).contains("\nH44.03,CLGQ,,,7.59,"));
        assertTrue(Files.readString(data.resolve("sources/2026/2026-10-10.properties"))
                .contains("retrieved_at=2026-10-10T16:30:00+07:00\n"));
    }

    @Test
    void theNextDayByVietnamTimeIsANewSnapshotAndTheEndedYearItsPlainFile() throws IOException {
        assertEquals(0, fetchAt("2026-10-10T01:00:05Z", "2026").exit());
        String first = Files.readString(data.resolve("scores/2026/2026-10-10.csv"));
        Cli midnight = fetchAt("2026-10-10T17:30:00Z", "2026");
        assertEquals(0, midnight.exit(), midnight.err());
        assertEquals(List.of("2026-10-10.csv", "2026-10-11.csv"), files("scores/2026"));
        assertEquals(List.of("2026-10-10.properties", "2026-10-11.properties"), files("sources/2026"));
        Cli ended = fetchAt("2027-01-02T01:00:00Z", "2026");
        assertEquals(0, ended.exit(), ended.err());
        assertFalse(ended.out().contains("tạm tính"), ended.out());
        assertTrue(Files.isRegularFile(data.resolve("scores/2026.csv")));
        assertTrue(Files.isRegularFile(data.resolve("national/2026.csv")));
        assertTrue(Files.readString(data.resolve("sources/2026.properties"))
                .contains("retrieved_at=2027-01-02T08:00:00+07:00\n"));
        assertEquals(List.of("2026-10-10.csv", "2026-10-11.csv"), files("scores/2026"));
        assertEquals(first, Files.readString(data.resolve("scores/2026/2026-10-10.csv")));
    }

    /** A province starting from scratch: the day's snapshot builds with the portal's own totals, ranked, provisional. */
    @Test
    void theSnapshotBuildsAPublicationOfThePortalsTotalsLabelledWithItsDay() throws IOException {
        data = tmp.resolve("tinh-moi");
        assertEquals(0, fetchAt("2026-10-10T01:00:05Z", "2026").exit());
        Path site = tmp.resolve("site");
        Cli built = Cli.run("build", "--data", data.toString(), "--out", site.toString());
        assertEquals(0, built.exit(), built.err());
        List<String> lines = Files.readAllLines(site.resolve("2026/ket-qua.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        java.util.Map<String, List<String>> rows = new java.util.HashMap<>();
        lines.subList(1, lines.size()).forEach(l -> rows.put(l.split(",", 2)[0], List.of(l.split(",", -1))));
        // The portal's totals (service-results) and their order within the agencies.
        for (String[] unit : new String[][] {{"H44.03", "67.29", "Trung bình", "1"}, {"H44.07", "63.25", "Trung bình", "2"},
                {"H44.01", "15.96", "Yếu", "3"}, {"H44", "59.91", "Trung bình", ""}}) {
            List<String> row = rows.get(unit[0]);
            assertEquals(List.of(unit[1], unit[2], unit[3]), List.of(row.get(header.indexOf("total")),
                    row.get(header.indexOf("band")), row.get(header.indexOf("rank"))), unit[0]);
        }
        // The province's place among the 34 in the national list of that day: 19th with 62,18.
        String places = Files.readString(site.resolve("2026/xep-hang-tinh.csv"));
        assertTrue(places.lines().anyMatch(l -> l.startsWith("H44,") && l.contains(",62.18,Trung bình,19,")), places);
        assertTrue(Files.readString(site.resolve("2026/index.html")).contains("10/10/2026"));
    }
}
