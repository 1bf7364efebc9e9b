package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chiso766.Trees;
import vn.chiso766.load.DataDigest;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportReport;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Importer;
import vn.chiso766.portal.fetch.ReplayPortal;
import vn.chiso766.portal.fetch.Waits;

class FetchCommandTest extends FetchTest {
    private final Waits waits = new Waits();
    private Clock clock = Waits.CLOCK;
    private final List<ImportRequest> imported = new ArrayList<>();
    private FetchSetup.Import importer = request -> {
        imported.add(request);
        return new ImportReport(List.of("transparency: Công khai, minh bạch (CKMB)"), List.of("thêm 3 đơn vị"), List.of());
    };

    private Cli fetch(String... args) {
        return fetch(new FetchSetup(clock, waits, Waits.politeness(), importer), args);
    }

    @Test
    void handsEveryAnswerToTheImportWithWhereAndWhenTheyCameFrom() {
        Cli cli = fetch("--province", "H44", "--period", "2026-08");
        assertEquals(0, cli.exit(), cli.err());
        ImportRequest request = imported.get(0);
        assertEquals(data, request.data());
        assertEquals("2026-08", request.period().toString());
        assertEquals(8, request.answers().size());
        assertEquals(portal.url(), request.retrieval().portal());
        assertEquals("2026-09-05T08:15+07:00", request.retrieval().at().toString());
        assertTrue(request.raw().containsKey("portal/2026-08/H44/requests.json"));
        assertTrue(cli.out().contains("Đã nhận 8 câu trả lời từ " + portal.url()), cli.out());
        assertTrue(cli.out().contains("  thêm 3 đơn vị"), cli.out());
    }

    @Test
    void withoutThePortalsDateARunningPeriodIsDatedByTheMachinesClockInVietnam() {
        portal.date(null);
        clock = Clock.fixed(Instant.parse("2026-10-11T18:00:00Z"), ZoneOffset.UTC);
        Cli cli = fetch("--province", "H44", "--period", "2026");
        assertEquals(0, cli.exit(), cli.err());
        ImportRequest request = imported.get(0);
        assertEquals("2026", request.period().toString());
        assertEquals(LocalDate.of(2026, 10, 12), request.period().snapshot());
        assertEquals("2026-10-12T01:00+07:00", request.retrieval().at().toString());
        assertTrue(cli.out().contains("Số liệu tạm tính đến ngày 12/10/2026 (năm 2026 chưa kết thúc; giờ của Cổng"
                + " 01:00): ghi thành ảnh chụp của ngày này."), cli.out());
    }

    @Test
    void theWholeCountryGoesToOneImportWithTheNationalList() {
        Cli cli = fetch("--province", "all", "--period", "2026-08");
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(1 + 34 * 7, imported.get(0).answers().size());
        assertTrue(cli.err().contains("34/34 tỉnh (100%)"), cli.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--period 2026-13 --province H44     | --period phải là một tháng (YYYY-MM, ví dụ 2026-11), một quý",
        "--period 2026-10 --province H44     | Kỳ 2026-10 (tháng 10/2026) chưa bắt đầu (hôm nay 05/09/2026 theo giờ",
        "--period 2027 --province H44        | Kỳ cùng loại gần nhất lấy được: 2026.",
        "--period 2026-Q4 --province H44     | Kỳ cùng loại gần nhất lấy được: 2026-Q3.",
        "--period 2026-08 --province H44 --portal ftp://x | --portal phải là địa chỉ http(s)",
        "--period 2026-08 --province H44 --delay -1 | --delay phải từ 0 đến 600 giây",
        "--period 2026-08                    | Thiếu tùy chọn bắt buộc '--province=MÃ'."})
    void aWrongCommandIsAUsageErrorAndAsksNothing(String args, String message) {
        Cli cli = fetch(args.trim().split("\\s+"));
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains(message), cli.err());
        assertEquals(List.of(), portal.requests());
    }

    @Test
    void aFirewallPageStopsTheFetchAndTheDataFolderStaysAsItWas() throws IOException {
        portal.fail("provide-online-tree", ReplayPortal.firewall(403));
        assertFailsAndWritesNothing("Tường lửa của Cổng DVC quốc gia đã chặn yêu cầu provide-online-tree (tỉnh H44)",
                "--province", "H44", "--period", "2026-08");
    }

    @Test
    void aPortalThatKeepsFailingStopsTheFetchAndTheDataFolderStaysAsItWas() throws IOException {
        ReplayPortal.Reply unavailable = ReplayPortal.status(503, "text/plain", "Service Unavailable");
        portal.fail("handling-satisfaction", unavailable, unavailable, unavailable);
        assertFailsAndWritesNothing("  handling-satisfaction (tỉnh H44): Cổng gặp lỗi máy chủ (HTTP 503); thử lại sau 2"
                + " giây (lần 3/3)…\nKhông lấy được handling-satisfaction (tỉnh H44)", "--province", "H44", "--period", "2026-08");
    }

    @Test
    void anUnknownProvinceIsADataErrorListingTheCodes() throws IOException {
        assertFailsAndWritesNothing("Các mã có: H01 (UBND tỉnh An Giang)", "--province", "H99", "--period", "2026-08");
    }

    @Test
    void aRefusedImportIsADataError() throws IOException {
        importer = request -> {
            throw new ImportException(List.of("transparency: thiếu departmentId", "dossier-digitized: trùng"));
        };
        assertFailsAndWritesNothing("Số liệu lấy về không nhập được:\n  transparency: thiếu departmentId",
                "--province", "H44", "--period", "2026-08");
    }

    private void assertFailsAndWritesNothing(String message, String... args) throws IOException {
        String digest = DataDigest.of(data).whole();
        var before = Trees.snapshot(data);
        Cli cli = fetch(args);
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.err().replace("\r", "").contains(message), cli.err());
        assertTrue(cli.err().contains("Không ghi gì: " + data + " giữ nguyên như trước."), cli.err());
        assertEquals(digest, DataDigest.of(data).whole());
        assertTrue(Trees.same(before, Trees.snapshot(data)));
    }

    /** End to end with the real import, then the saved raw answers imported again give the same figures. */
    @Test
    void fetchThenImportWritesTheMonthAndTheRawAnswers() throws IOException {
        importer = Importer::run;
        Cli cli = fetch("--province", "H44", "--period", "2026-08");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(java.nio.file.Files.isRegularFile(data.resolve("scores/2026-08.csv")));
        assertTrue(java.nio.file.Files.isRegularFile(data.resolve("portal/2026-08/H44/requests.json")));
        assertTrue(java.nio.file.Files.readString(data.resolve("sources/2026-08.properties")).contains("source=portal\n"));
        String scores = java.nio.file.Files.readString(data.resolve("scores/2026-08.csv"));
        Cli again = Cli.run("import", "--period", "2026-08", "--data", data.toString(),
                data.resolve("portal/2026-08").toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(scores, java.nio.file.Files.readString(data.resolve("scores/2026-08.csv")));
        assertTrue(java.nio.file.Files.isRegularFile(data.resolve("national/2026-08.csv")));
        portal.fail("transparency", ReplayPortal.firewall(200));
        assertFailsAndWritesNothing("Tường lửa", "--province", "H44", "--period", "2026-08");
    }
}
