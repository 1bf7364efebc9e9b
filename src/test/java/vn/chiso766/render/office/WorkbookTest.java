package vn.chiso766.render.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;
import vn.chiso766.render.chart.BandColors;
import vn.chiso766.render.pdf.PdfFixture;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Results;
import vn.chiso766.score.UnitResult;

/** The period's workbook read back with POI: real values, formats, layout, print setup, properties. */
class WorkbookTest {
    private static final String PATH = "2026-10/ket-qua-2026-10.xlsx";
    private static Results results;
    private static byte[] bytes;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        results = PdfFixture.results(dir);
        List<Document> documents = Workbooks.documents(new SiteMap(results));
        assertEquals(List.of("2026-09/ket-qua-2026-09.xlsx", PATH), documents.stream().map(Document::path).toList());
        bytes = PdfFixture.bytes(documents, PATH);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void sheetsAreTheSummaryTheRankingsTheGroupsAndTheNotes() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Tổng hợp", "Xếp hạng sở, ban, ngành", "Công khai, minh bạch",
                "Tiến độ, kết quả giải quyết", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến", "Số hóa hồ sơ",
                "Mức độ hài lòng", "Chất lượng dữ liệu", "Chỉ tiêu"), names);
    }

    @Test
    void targetsSheetHoldsEachUnitsTargetsAsNumbers() {
        var sheet = workbook.getSheet("Chỉ tiêu");
        var row = java.util.stream.IntStream.rangeClosed(2, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(r -> r.getCell(0).getStringCellValue().equals("H21.16")
                        && r.getCell(2).getStringCellValue().startsWith("Tỷ lệ hồ sơ")).findFirst().orElseThrow();
        assertEquals(90, row.getCell(3).getNumericCellValue());
        assertEquals(86.74, row.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals("Chưa đạt", row.getCell(6).getStringCellValue());
        assertEquals(6, row.getCell(7).getNumericCellValue(), "163/181 = 90,06%; 162/181 = 89,50%");
        assertEquals("Văn bản số 124/UBND-TH", row.getCell(9).getStringCellValue());
    }

    @Test
    void rankingHoldsNumbersWithTheirFormats() {
        XSSFSheet sheet = workbook.getSheet("Xếp hạng sở, ban, ngành");
        assertEquals("Xếp hạng sở, ban, ngành — tỉnh Gia Lai — tháng 10/2026",
                sheet.getRow(0).getCell(0).getStringCellValue());
        List<String> heads = new ArrayList<>();
        sheet.getRow(1).forEach(c -> heads.add(c.getStringCellValue()));
        assertEquals(List.of("Hạng", "Mã đơn vị", "Tên đơn vị", "Công khai, minh bạch", "Tiến độ, kết quả giải quyết",
                "Dịch vụ công trực tuyến", "Thanh toán trực tuyến", "Số hóa hồ sơ", "Mức độ hài lòng", "Tổng điểm",
                "Xếp loại", "Tăng, giảm điểm", "Tăng, giảm bậc"), heads);
        UnitResult first = results.latest().scopes().stream().filter(s -> s.scope().kind().name().equals("AGENCY"))
                .findFirst().orElseThrow().ranking().get(0);
        XSSFCell rank = sheet.getRow(2).getCell(0);
        assertEquals(CellType.NUMERIC, rank.getCellType());
        assertEquals(1, rank.getNumericCellValue());
        assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType());
        assertEquals(first.unit().code(), sheet.getRow(2).getCell(1).getStringCellValue());
        XSSFCell total = sheet.getRow(2).getCell(9);
        assertEquals(CellType.NUMERIC, total.getCellType());
        assertEquals(first.card().total().orElseThrow().doubleValue(), total.getNumericCellValue(), 1e-9);
        assertEquals("0.00", total.getCellStyle().getDataFormatString());
        assertEquals("0.00", sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString());
    }

    @Test
    void bandIsFilledWithItsColour() {
        XSSFSheet sheet = workbook.getSheet("Xếp hạng sở, ban, ngành");
        UnitResult last = results.latest().scopes().stream().filter(s -> s.scope().kind().name().equals("AGENCY"))
                .findFirst().orElseThrow().ranked().get(12);
        int level = results.dataset().catalogue().bands().indexOf(last.card().band().orElseThrow());
        XSSFCell band = sheet.getRow(14).getCell(10);
        assertEquals(last.card().band().orElseThrow().name(), band.getStringCellValue());
        XSSFColor fill = band.getCellStyle().getFillForegroundColorColor();
        java.awt.Color expected = BandColors.of(level);
        assertArrayEquals(new byte[] {(byte) expected.getRed(), (byte) expected.getGreen(), (byte) expected.getBlue()},
                fill.getRGB());
    }

    @Test
    void headersAreFrozenFilteredAndPrintedOnEveryPage() {
        for (XSSFSheet sheet : List.of(workbook.getSheet("Xếp hạng sở, ban, ngành"), workbook.getSheet("Số hóa hồ sơ"))) {
            boolean ranking = sheet.getSheetName().startsWith("Xếp hạng");
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane(), sheet.getSheetName());
            assertEquals(ranking ? 2 : 3, pane.getHorizontalSplitPosition());
            assertEquals(ranking ? 3 : 2, pane.getVerticalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
            assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith(ranking ? "A2:" : "A3:"));
            PrintSetup print = sheet.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(sheet.getFitToPage());
            // POI cannot read back a print-titles name whose sheet name has a comma: the defined name itself.
            int index = workbook.getSheetIndex(sheet);
            String titles = workbook.getAllNames().stream().filter(n -> n.getSheetIndex() == index)
                    .filter(n -> n.getNameName().equals("_xlnm.Print_Titles")).findFirst().orElseThrow()
                    .getRefersToFormula();
            assertEquals("'" + sheet.getSheetName() + "'!" + (ranking ? "$1:$2" : "$1:$3"), titles);
            assertTrue(sheet.getColumnWidth(ranking ? 2 : 1) >= 40 * 256, "the name column fits a long name");
        }
    }

    @Test
    void groupSheetHasIndicatorFiguresUnderTwoHeaderRows() {
        XSSFSheet sheet = workbook.getSheet("Tiến độ, kết quả giải quyết");
        assertEquals("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", sheet.getRow(1).getCell(3).getStringCellValue());
        List<String> figures = new ArrayList<>();
        for (int c = 3; c < 8; c++) {
            figures.add(sheet.getRow(2).getCell(c).getStringCellValue());
        }
        assertEquals(List.of("Tử số", "Mẫu số", "Tỷ lệ", "Điểm", "Tối đa"), figures);
        assertEquals("Điểm nhóm", sheet.getRow(1).getCell(8).getStringCellValue());
        assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("D2:H2")));
        assertEquals("H21", sheet.getRow(3).getCell(0).getStringCellValue(), "the province first, then its units");
        assertEquals(CellType.BLANK, sheet.getRow(3).getCell(3).getCellType(), "no data is an empty cell");
        XSSFCell rate = sheet.getRow(4).getCell(5);
        assertEquals(CellType.NUMERIC, rate.getCellType());
        assertEquals("0.00%", rate.getCellStyle().getDataFormatString());
        double numerator = sheet.getRow(4).getCell(3).getNumericCellValue();
        double denominator = sheet.getRow(4).getCell(4).getNumericCellValue();
        assertEquals(numerator / denominator, rate.getNumericCellValue(), 1e-4);
        assertEquals(20, sheet.getRow(4).getCell(7).getNumericCellValue());
        assertEquals(results.latest().units().size() + 3, sheet.getPhysicalNumberOfRows());
    }

    @Test
    void propertiesNameThePeriodAndAreDatedByIt() {
        var core = workbook.getProperties().getCoreProperties();
        assertEquals("Kết quả Bộ chỉ số 766 tháng 10/2026 — tỉnh Gia Lai", core.getTitle());
        assertEquals(Instant.parse("2026-11-05T01:00:00Z"), core.getCreated().toInstant());
        assertEquals(Instant.parse("2026-11-05T01:00:00Z"), core.getModified().toInstant());
        assertNotNull(core.getDescription());
        assertEquals("2026-10", workbook.getProperties().getCustomProperties().getProperty("Kỳ").getLpwstr());
    }

    @Test
    void sameDataSameBytes() {
        List<Document> again = Workbooks.documents(new SiteMap(results));
        assertArrayEquals(bytes, PdfFixture.bytes(again, PATH));
    }
}
