package vn.chiso766.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.Trees;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Period;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;

/** Importing real portal answers (Phú Thọ, 2026-08) into a data folder. */
class ImporterTest {
    static final Period AUGUST = Period.of(2026, 8);
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-09-05T08:15:00+07:00");

    @TempDir
    Path data;

    static ImportReport run(Path data, List<Answer> answers) throws ImportException {
        List<String> names = answers.stream().map(Answer::origin).toList();
        return Importer.run(new ImportRequest(data, AUGUST, answers, Retrieval.fromFiles(names, AT), Map.of()));
    }

    String read(String file) throws IOException {
        return Files.readString(data.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void aPeriodGivenAsAWorkbook_isNotImportedBesideIt() throws Exception {
        Files.createDirectories(data.resolve("scores"));
        Files.write(data.resolve("scores/2026-08.xlsx"), new byte[] {'P', 'K', 3, 4});
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> run(data, PortalAnswers.phuTho().list()));
        assertTrue(e.getMessage().contains("đã có số liệu dạng Excel"), e.getMessage());
        assertTrue(Files.notExists(data.resolve("scores/2026-08.csv")), "nothing written");
        assertTrue(Files.notExists(data.resolve("units.csv")), "nothing written");
    }

    @Test
    void aSnapshotGoesUnderItsDayAndIsNotWrittenBesideAWorkbookOfThatDay() throws Exception {
        List<Answer> answers = PortalAnswers.phuTho().withNational().list();
        Period year = Period.year(2026);
        Retrieval files = Retrieval.fromFiles(answers.stream().map(Answer::origin).toList(), AT);
        Importer.run(new ImportRequest(data, year.at(LocalDate.of(2026, 10, 10)), answers, files, Map.of()));
        for (String file : List.of("scores/2026/2026-10-10.csv", "national/2026/2026-10-10.csv",
                "sources/2026/2026-10-10.properties")) {
            assertTrue(Files.isRegularFile(data.resolve(file)), file);
        }
        Files.write(data.resolve("scores/2026/2026-10-11.xlsx"), new byte[] {'P', 'K', 3, 4});
        var before = Trees.snapshot(data);
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(new ImportRequest(data,
                year.at(LocalDate.of(2026, 10, 11)), answers, files, Map.of())));
        assertTrue(e.getMessage().contains("2026-10-11.xlsx: kỳ 2026 (ảnh chụp ngày 11/10/2026) đã có số liệu dạng"
                + " Excel. Số liệu nhập được ghi vào scores/2026/2026-10-11.csv"), e.getMessage());
        assertTrue(Trees.same(before, Trees.snapshot(data)));
    }

    /** The loader checks a snapshot's files in a scratch folder; its findings name the files in the data folder. */
    @Test
    void aSnapshotThatFailsTheLoadersCheckIsNamedByItsOwnPath() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(new ImportRequest(data,
                Period.year(2026).at(LocalDate.of(2026, 10, 10)), PortalAnswers.phuTho().list(),
                Retrieval.fromFiles(List.of(), AT), Map.of())));
        assertTrue(e.getMessage().startsWith("Số liệu nhập kỳ 2026 (ảnh chụp ngày 10/10/2026) không đạt kiểm tra: "
                + data.resolve("sources/2026/2026-10-10.properties") + ", dòng 2: source=files cần khóa \"files\""),
                e.getMessage());
        assertTrue(Files.notExists(data.resolve("scores")));
    }

    @Test
    void anEmptyFolderGetsItsUnitsScoresAndSource() throws Exception {
        ImportReport report = run(data, PortalAnswers.phuTho().list());
        assertEquals("""
                code,name,kind,parent,portal_id
                H44,UBND tỉnh Phú Thọ,PROVINCE,,019d2be3-6a88-732b-8b17-b68020c8553a
                H44.01,Văn phòng UBND Tỉnh,AGENCY,H44,019d2be3-6a88-732b-8b17-bb1e9a3f14ab
                H44.03,Ban quản lý các khu công nghiệp,AGENCY,H44,019d2be3-6a88-732b-8b17-bcfe78dd3f07
                H44.07,Sở Công Thương,AGENCY,H44,019d2be3-6a88-732b-8b17-c2db58b51fef
                """, read("units.csv"));
        String scores = read("scores/2026-08.csv");
        assertTrue(scores.startsWith("unit_code,indicator,numerator,denominator,score,quality_status,quality_message\n"));
        assertTrue(scores.contains("\nH44,DOSSIER_SYNC,138744,138744,6,TEMP_NATIONAL_REPORT_DENOMINATOR,\"Mẫu số BCQG/GRIS"
                + " đang dùng số tạm, cần thay bằng dữ liệu crawl hệ thống cũ.\"\n"), "quality kept");
        assertTrue(scores.contains("\nH44.03,ON_TIME,486,588,16.53,,\n"), "ON_TIME from the progress tree");
        assertTrue(scores.contains("\nH44,PAYMENT_DOSSIER,82913,98459,,,\n"), "payment counts as TTTT indicators");
        assertTrue(scores.contains("\nH44.01,PUBLISH_ON_TIME,0,0,,,\n"), "null score stays empty, never 0");
        assertTrue(scores.contains("\nH44.01,ELECTRONIC_CERTIFIED_COPY,,,2,,\n"), "a score without counts");
        assertEquals("# Nguồn số liệu của kỳ, do chiso766 ghi khi nhập; ấn phẩm nêu nguồn này.\nsource=files\n"
                + "files=tra-loi-1.json, tra-loi-2.json, tra-loi-3.json, tra-loi-4.json, tra-loi-5.json, tra-loi-6.json\n"
                + "retrieved_at=2026-09-05T08:15:00+07:00\n", read("sources/2026-08.properties"));
        assertEquals(6, report.recognised().size());
        assertTrue(report.recognised().get(0).contains("transparency (Công khai, minh bạch, CKMB), tỉnh H44"),
                "the province is named even where the answer gives only its id: " + report.recognised().get(0));
    }

    /** Every group score is the portal's own totalScore, and the total their sum. */
    @Test
    void scoresReproduceThePortalsGroupScores() throws Exception {
        PortalAnswers answers = PortalAnswers.phuTho();
        run(data, answers.list());
        PeriodResult result = Scorer.score(DataFolder.load(data)).latest();
        String[][] expected = {
            {"H44", "7.96", "15.68", "8.83", "6.25", "8.22", "12.97", "59.91"},
            {"H44.01", "1.96", "0", "0", "0", "2", "12", "15.96"},
            {"H44.03", "7.96", "16.53", "7.09", "7.67", "10.53", "17.51", "67.29"},
            {"H44.07", "7.96", "13.78", "6.45", "8", "10.47", "16.59", "63.25"}};
        List<String> groups = List.of("CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL");
        for (String[] row : expected) {
            UnitResult unit = result.unit(row[0]).orElseThrow();
            for (int g = 0; g < groups.size(); g++) {
                BigDecimal points = unit.card().group(groups.get(g)).orElseThrow().points().orElseThrow();
                assertEquals(0, new BigDecimal(row[g + 1]).compareTo(points), row[0] + " " + groups.get(g));
            }
            assertEquals(0, new BigDecimal(row[7]).compareTo(unit.card().total().orElseThrow()), row[0] + " total");
        }
        assertEquals(1, result.unit("H44.03").orElseThrow().standing().rank().orElseThrow());
    }

    @Test
    void aNameInUnitsCsvIsTheUsersAndVanishedUnitsAreKept() throws Exception {
        Files.writeString(data.resolve("units.csv"), "code,name,kind,parent,ghi_chu\n"
                + "H44,UBND tỉnh Phú Thọ,PROVINCE,,\nH44.07,Sở Công Thương tỉnh Phú Thọ,AGENCY,H44,giữ\n"
                + "H44.99,Sở Đã Sáp Nhập,AGENCY,H44,\n");
        ImportReport report = run(data, PortalAnswers.phuTho().list());
        String units = read("units.csv");
        assertTrue(units.startsWith("code,name,kind,parent,ghi_chu,portal_id\n"), units);
        assertTrue(units.contains("\nH44.07,Sở Công Thương tỉnh Phú Thọ,AGENCY,H44,giữ,019d2be3-6a88-732b-8b17-c2db58b51fef\n"));
        assertTrue(units.contains("\nH44.99,Sở Đã Sáp Nhập,AGENCY,H44,,\n"), "vanished unit kept");
        assertTrue(units.contains("\nH44.03,Ban quản lý các khu công nghiệp,AGENCY,H44,,019d2be3"), "new unit added");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("H44.99 Sở Đã Sáp Nhập")), report.warnings().toString());
        assertTrue(report.changes().stream().anyMatch(c -> c.contains("H44.03 Ban quản lý các khu công nghiệp")));
    }

    @Test
    void importingAgainChangesNothingAndARevisionIsReported() throws Exception {
        run(data, PortalAnswers.phuTho().list());
        var before = Trees.snapshot(data);
        ImportReport again = run(data, PortalAnswers.phuTho().list());
        assertTrue(Trees.same(before, Trees.snapshot(data)), "idempotent");
        assertTrue(again.changes().contains("Không có tệp nào thay đổi."), again.changes().toString());
        ImportReport revised = run(data, PortalAnswers.phuTho().edit("dossier-digitized",
                a -> ((ObjectNode) PortalAnswers.rows(a).get(1)).put("totalScore", 10.61)).list());
        assertTrue(revised.changes().contains("  ~ H44.03 MDSH: 10,53 → 10,61"), revised.changes().toString());
        assertTrue(read("scores/2026-08.csv").contains("\nH44.03,MDSH,,,10.61,,\n"));
    }

    @Test
    void aUnitMissingFromOneEndpointHasThatGroupEmpty() throws Exception {
        ImportReport report = run(data, PortalAnswers.phuTho()
                .edit("provide-online-tree", a -> PortalAnswers.rows(a).remove(2)).list());
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("Đơn vị H44.07 (Sở Công Thương) không có trong"
                + " câu trả lời của nhóm CLGQ")), report.warnings().toString());
        UnitResult unit = Scorer.score(DataFolder.load(data)).latest().unit("H44.07").orElseThrow();
        assertTrue(unit.card().group("CLGQ").orElseThrow().points().isEmpty(), "chưa có dữ liệu");
        assertTrue(unit.card().total().isEmpty());
    }

    @Test
    void anUnknownMetricIsReportedAndTheGroupScoreStillImported() throws Exception {
        ImportReport report = run(data, PortalAnswers.phuTho().edit("transparency", a -> {
            ObjectNode metric = ((ObjectNode) PortalAnswers.rows(a).get(1).get("metrics").get(0));
            metric.put("code", "NEW_METRIC_2027");
        }).list());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("$.data.evaluation[1].metrics[0]: chỉ số"
                + " \"NEW_METRIC_2027\"")), report.warnings().toString());
        assertTrue(read("scores/2026-08.csv").contains("\nH44.03,CKMB,,,7.96,,\n"));
    }

    @Test
    void countsTheContractRefusesAreKeptAsANoteNotAnError() throws Exception {
        ImportReport report = run(data, PortalAnswers.phuTho().edit("dvc-progress-tree",
                a -> ((ObjectNode) PortalAnswers.rows(a).get(1)).put("totalOnTime", 600)).list());
        assertTrue(read("scores/2026-08.csv").contains("\nH44.03,ON_TIME,,,16.53,,Cổng công bố tử số 600 trên mẫu số"
                + " 588; không dùng cặp số này để tính.\n"));
        assertFalse(report.warnings().isEmpty());
    }

    @Test
    void theNationalListIsKeptForThePeriod() throws Exception {
        run(data, PortalAnswers.phuTho().withNational().list());
        List<String> lines = Files.readAllLines(data.resolve("national/2026-08.csv"));
        assertEquals(35, lines.size());
        assertEquals("province_code,province_name,department_id,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,total,delta_total",
                lines.get(0));
        assertEquals("H20,UBND tỉnh Đồng Tháp,019d2be3-6a85-74ec-a344-751a7a0bbdb5,11.46,17.69,8.84,6.42,9.72,14.67,"
                + "68.8,20.26", lines.get(1));
        assertTrue(read("units.csv").contains("\nH44,UBND tỉnh Phú Thọ,PROVINCE,,"));
    }

    /** Every refusal names the answer and leaves the folder byte for byte as it was. */
    @Test
    void refusalsChangeNothing() throws Exception {
        run(data, PortalAnswers.phuTho().list());
        var before = Trees.snapshot(data);
        List<List<Answer>> bad = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        bad.add(withExtra(new Answer("ghi-chu.json", "{\"code\":\"OK\",\"data\":{\"items\":[]}}".getBytes())));
        expected.add("ghi-chu.json: không nhận ra đây là câu trả lời của endpoint nào");
        List<Answer> missing = PortalAnswers.phuTho().list();
        missing.remove(2);
        bad.add(missing);
        expected.add("Tỉnh H44: thiếu câu trả lời của provide-online-tree (Dịch vụ công trực tuyến, CLGQ)");
        List<Answer> disagree = PortalAnswers.phuTho().list();
        disagree.add(new Answer("ban-sao.json", PortalAnswers.bytes(PortalAnswers.phuTho().edit("transparency",
                a -> ((ObjectNode) PortalAnswers.rows(a).get(0)).put("totalScore", 2)).answers.get("transparency"))));
        bad.add(disagree);
        expected.add("ban-sao.json: cùng là transparency (Công khai, minh bạch, CKMB) như tra-loi-1.json nhưng số liệu khác nhau");
        bad.add(withExtra(new Answer("loi.json", "{\"code\":\"ERROR\",\"message\":\"Hệ thống bận\"}".getBytes(
                StandardCharsets.UTF_8))));
        expected.add("loi.json: Cổng trả lời code \"ERROR\" (Hệ thống bận)");
        byte[] whole = PortalAnswers.bytes(PortalAnswers.phuTho().answers.get("transparency"));
        bad.add(withExtra(new Answer("cut.json", java.util.Arrays.copyOf(whole, 700))));
        expected.add("cut.json, dòng 1, cột 701: JSON không hợp lệ hoặc bị cắt cụt");
        bad.add(withExtra(new Answer("chan.json", "<html><body>The requested URL was rejected.</body></html>".getBytes())));
        expected.add("chan.json: là một trang HTML, không phải JSON");
        for (int i = 0; i < bad.size(); i++) {
            List<Answer> answers = bad.get(i);
            ImportException e = assertThrows(ImportException.class, () -> run(data, answers));
            String want = expected.get(i);
            assertTrue(e.messages().stream().anyMatch(m -> m.startsWith(want)), want + " in " + e.messages());
            assertTrue(Trees.same(before, Trees.snapshot(data)), "nothing changed after: " + want);
        }
    }

    @Test
    void aFolderThatDoesNotExistYetIsCreatedOnlyByASuccessfulImport() throws Exception {
        Path fresh = data.resolve("tinh-moi/du-lieu");
        List<Answer> broken = PortalAnswers.phuTho().list();
        broken.remove(0);
        assertThrows(ImportException.class, () -> run(fresh, broken));
        assertFalse(Files.exists(data.resolve("tinh-moi")), "a refused import creates no folder");
        run(fresh, PortalAnswers.phuTho().list());
        assertTrue(Files.isRegularFile(fresh.resolve("scores/2026-08.csv")));
    }

    @Test
    void provincesMixedWithoutTheNationalListAreRefused() {
        List<Answer> answers = PortalAnswers.phuTho().list();
        answers.addAll(PortalAnswers.phuTho().edit("dvc-progress-tree", a -> ((ObjectNode) a.path("data").path("parent"))
                .put("departmentCode", "H21").put("departmentId", "gia-lai")).list().subList(1, 2));
        ImportException e = assertThrows(ImportException.class, () -> run(data, answers));
        assertTrue(e.getMessage().contains("Các câu trả lời thuộc nhiều tỉnh (H21, H44) nhưng không có danh sách toàn quốc"),
                e.getMessage());
        assertFalse(Files.exists(data.resolve("units.csv")));
    }

    @Test
    void theRequestLogFetchSavesBesideItsAnswersIsNotAnAnswer() throws Exception {
        List<Answer> answers = PortalAnswers.phuTho().list();
        answers.add(new Answer("requests.json", ("[{\"file\":\"transparency.json\",\"method\":\"POST\",\"url\":"
                + "\"https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency\",\"body\":{\"year\":2026},"
                + "\"status\":201}]").getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, run(data, answers).recognised().size());
    }

    @Test
    void aNewFetchReplacesTheRawAnswersOfItsMonthAndProvince() throws Exception {
        byte[] page = "{}".getBytes(StandardCharsets.UTF_8);
        Importer.run(new ImportRequest(data, AUGUST, PortalAnswers.phuTho().list(), Retrieval.fromPortal("http://127.0.0.1",
                AT), Map.of("portal/2026-08/H44/transparency.json", page, "portal/2026-08/H44/transparency-page-2.json", page)));
        ImportReport report = Importer.run(new ImportRequest(data, AUGUST, PortalAnswers.phuTho().list(),
                Retrieval.fromPortal("http://127.0.0.1", AT), Map.of("portal/2026-08/H44/transparency.json", page)));
        assertFalse(Files.exists(data.resolve("portal/2026-08/H44/transparency-page-2.json")));
        assertTrue(Files.exists(data.resolve("portal/2026-08/H44/transparency.json")));
        assertTrue(report.changes().contains("Đã ghi: portal/2026-08/H44/transparency-page-2.json (xóa)"),
                report.changes().toString());
    }

    @Test
    void namesLoseThePortalsProvinceSuffix() {
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", UnitsCsv.shortName("Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai"));
        assertEquals("Sở Công Thương", UnitsCsv.shortName("Sở Công Thương - Tỉnh Phú Thọ"));
        assertEquals("Sở Y tế", UnitsCsv.shortName("Sở Y tế - Thành phố Huế"));
        assertEquals("UBND xã Vân Canh", UnitsCsv.shortName("UBND xã Vân Canh"));
    }

    private static List<Answer> withExtra(Answer extra) {
        List<Answer> answers = PortalAnswers.phuTho().list();
        answers.add(extra);
        return answers;
    }
}
