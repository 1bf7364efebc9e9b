package vn.chiso766.render.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Group;
import vn.chiso766.model.NationalRow;
import vn.chiso766.render.pdf.PdfFixture;
import vn.chiso766.render.view.PortalTexts;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;

/** The workbook's first sheets on Gia Lai with the portal's national list: the province's own result, the provinces. */
class SummarySheetTest {
    private static Results results;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws Exception {
        results = Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL));
        byte[] bytes = PdfFixture.bytes(Workbooks.documents(new SiteMap(results)), "2026-10/ket-qua-2026-10.xlsx");
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void firstSheetHoldsTheProvinceTotalAndGroupsAsNumbers() {
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertEquals("Tổng hợp", sheet.getSheetName());
        assertEquals("Tổng hợp kết quả — tỉnh Gia Lai — tháng 10/2026", sheet.getRow(0).getCell(0).getStringCellValue());
        UnitResult province = results.latest().unit("H21").orElseThrow();
        List<Group> groups = results.dataset().catalogue().groups();
        for (int i = 0; i < groups.size(); i++) {
            XSSFRow row = sheet.getRow(2 + i);
            assertEquals(groups.get(i).name(), row.getCell(0).getStringCellValue());
            BigDecimal points = province.card().group(groups.get(i).code()).orElseThrow().points().orElseThrow();
            assertNumber(points.doubleValue(), "0.00", row.getCell(1));
            assertNumber(groups.get(i).max().doubleValue(), "0.00", row.getCell(2));
            assertNumber(points.doubleValue() / groups.get(i).max().doubleValue(), "0.00%", row.getCell(3));
        }
        XSSFRow total = sheet.getRow(2 + groups.size());
        assertEquals("Tổng điểm", total.getCell(0).getStringCellValue());
        assertNumber(province.card().total().orElseThrow().doubleValue(), "0.00", total.getCell(1));
        assertEquals(province.card().band().orElseThrow().name(), label(sheet, "Xếp loại").getStringCellValue());
        assertNumber(province.standing().deltaTotal().orElseThrow().doubleValue(), "+0.00;-0.00;0.00",
                label(sheet, "Tăng, giảm điểm so với tháng trước"));
        NationalRanking national = results.latest().national().orElseThrow();
        NationalPlace place = national.place("H21").orElseThrow();
        assertNumber(place.rank().orElseThrow(), "General", label(sheet, "Xếp hạng trong các tỉnh, thành phố"));
        assertNumber(national.ranked(), "General", label(sheet, "Số tỉnh, thành phố được xếp hạng"));
        assertNumber(place.deltaRank().orElseThrow(), "+0;-0;0", label(sheet, "Tăng, giảm bậc so với tháng trước"));
    }

    @Test
    void firstSheetCountsUnitsPerBandAndKindAndNamesTheSource() {
        XSSFSheet sheet = workbook.getSheetAt(0);
        XSSFRow agencies = row(sheet, "Sở, ban, ngành");
        int units = results.latest().scopes().stream().filter(s -> s.scope().kind().name().equals("AGENCY"))
                .mapToInt(s -> s.ranking().size()).sum();
        int bands = results.dataset().catalogue().bands().size();
        double counted = 0;
        for (int c = 1; c <= bands + 1; c++) {
            counted += agencies.getCell(c).getNumericCellValue();
        }
        assertEquals(units, counted, "every unit in one band or unbanded");
        assertNumber(units, "#,##0", agencies.getCell(bands + 2));
        String source = sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
        String provenance = PortalTexts.provenance(results.dataset().provenance(results.latest().period()));
        assertTrue(provenance.startsWith("Số liệu lấy từ Cổng Dịch vụ công quốc gia"), provenance);
        assertEquals("Nguồn: " + provenance, source);
    }

    @Test
    void provincesSheetMatchesTheNationalList() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Tổng hợp", "Các tỉnh", "Xếp hạng sở, ban, ngành"), names.subList(0, 3));
        XSSFSheet sheet = workbook.getSheet("Các tỉnh");
        NationalRanking national = results.latest().national().orElseThrow();
        assertEquals(national.places().size() + 1, sheet.getLastRowNum());
        List<Group> groups = results.dataset().catalogue().groups();
        for (int i = 0; i < national.places().size(); i++) {
            NationalPlace place = national.places().get(i);
            NationalRow listed = place.row();
            XSSFRow row = sheet.getRow(2 + i);
            assertEquals(place.rank().orElse(null), number(row.getCell(0)) == null ? null : number(row.getCell(0)).intValue());
            assertEquals(listed.provinceCode(), row.getCell(1).getStringCellValue());
            assertEquals(listed.provinceName(), row.getCell(2).getStringCellValue());
            for (int g = 0; g < groups.size(); g++) {
                assertEquals(listed.group(groups.get(g).code()).map(BigDecimal::doubleValue).orElse(null),
                        number(row.getCell(3 + g)));
            }
            assertEquals(listed.total().map(BigDecimal::doubleValue).orElse(null), number(row.getCell(9)));
            assertEquals(listed.deltaTotal().map(BigDecimal::doubleValue).orElse(null), number(row.getCell(11)));
            assertEquals(place.deltaRank().map(Integer::doubleValue).orElse(null), number(row.getCell(12)));
        }
    }

    @Test
    void withoutANationalListThereIsNoPlaceAndNoProvincesSheet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Results plain = PdfFixture.results(dir);
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(PdfFixture.bytes(
                Workbooks.documents(new SiteMap(plain)), "2026-10/ket-qua-2026-10.xlsx")));
        assertNull(book.getSheet("Các tỉnh"));
        XSSFSheet sheet = book.getSheet("Tổng hợp");
        assertNull(row(sheet, "Xếp hạng trong các tỉnh, thành phố"));
        assertEquals("Nguồn: " + WorkbookViews.DEFAULT_SOURCE,
                sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
    }

    @Test
    void nationalDataHasARowPerProvinceWithItsPlaceAndUnits(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Results national = Scorer.score(DataFolder.load(TestData.national(dir)));
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(PdfFixture.bytes(
                Workbooks.documents(new SiteMap(national)), "2026-10/ket-qua-2026-10.xlsx"))).getSheet("Tổng hợp");
        assertEquals("Tổng hợp kết quả — 2 tỉnh, thành phố — tháng 10/2026", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Xếp hạng", sheet.getRow(1).getCell(0).getStringCellValue());
        XSSFRow an = sheet.getRow(2);
        XSSFRow binh = sheet.getRow(3);
        assertEquals("UBND tỉnh An", an.getCell(2).getStringCellValue());
        assertNumber(2, "General", an.getCell(0));
        assertNumber(1, "General", binh.getCell(0));
        assertNumber(68, "0.00", an.getCell(9));
        assertNumber(75, "0.00", binh.getCell(9));
        int bands = national.dataset().catalogue().bands().size();
        double agencies = 0;
        for (int c = 13; c < 13 + bands + 1; c++) {
            agencies += an.getCell(c).getNumericCellValue();
        }
        assertEquals(2, agencies, "An's two agencies, one band each or unbanded");
        assertEquals(0, binh.getCell(13 + bands).getNumericCellValue(), "Bình's agencies all banded");
    }

    private static void assertNumber(double expected, String format, XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        assertEquals(expected, cell.getNumericCellValue(), 1e-9, cell.getAddress().toString());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
    }

    private static Double number(XSSFCell cell) {
        return cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }

    private static XSSFCell label(XSSFSheet sheet, String label) {
        XSSFRow row = row(sheet, label);
        assertTrue(row != null, "a row " + label);
        return row.getCell(1);
    }

    private static XSSFRow row(XSSFSheet sheet, String label) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        return null;
    }
}
