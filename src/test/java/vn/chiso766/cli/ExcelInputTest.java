package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.chiso766.cli.Bench.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel in: scores/YYYY-MM.xlsx is read wherever scores/YYYY-MM.csv is (long or wide form, first
 * sheet, numbers as numbers or as text with a decimal comma), with the same checks, each problem
 * naming the file, the sheet, the row as the spreadsheet numbers it and the column.
 */
class ExcelInputTest {
    private static final String SHEET = "Số liệu";
    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    /** The period's CSV replaced by a workbook of the same rows; number-like cells as numbers or as text. */
    private void workbook(String period, String csv, boolean numbersAsText) {
        workbook(period, xlsx(csv, numbersAsText, 0));
    }

    private void workbook(String period, byte[] xlsx) {
        try {
            Files.delete(bench.data.resolve("scores/" + period + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bench.data().bytes("scores/" + period + ".xlsx", xlsx);
    }

    /** @param skipped empty rows left above the header */
    static byte[] xlsx(String csv, boolean numbersAsText, int skipped) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("không phải số liệu");
            int r = skipped;
            for (String line : csv.strip().split("\n")) {
                XSSFRow row = sheet.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    boolean number = cells[c].matches("\\d+(\\.\\d+)?");
                    if (number && !numbersAsText) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(number ? cells[c].replace('.', ',') : cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void longFormWithNumberCells_isPublishedAsFromItsCsv() {
        workbook("2026-10", Bench.OCTOBER, false);
        Published site = bench.published();
        assertEquals("6.72", site.openData("2026-10", "H99.01").get("CLGQ"));
        assertEquals("19.62", site.openData("2026-10", "H99.01").get("TDGQ"), "412/420 of 20 points");
    }

    @Test
    void wideFormWithTextDecimalCommas_isPublishedAsDecimals() {
        workbook("2026-09", Bench.SEPTEMBER, true);
        assertEquals("6.68", bench.published().openData("2026-09", "H99.01").get("CLGQ"));
    }

    @Test
    void wordInAScoreCell_isRejectedNamingSheetRowAndColumn() {
        workbook("2026-10", Bench.OCTOBER + "H99.02,CLGQ,,,tám\n", false);
        assertProblem(bench.rejected(), "2026-10.xlsx, trang tính \"" + SHEET + "\", dòng 14, cột 5 (score)",
                "\"tám\" không phải là số");
    }

    @Test
    void rowsAreNumberedAsTheSpreadsheetShowsThem() {
        workbook("2026-10", xlsx(Bench.OCTOBER + "H99.03,CLGQ,,,6\n", false, 2));
        assertProblem(bench.rejected(), "2026-10.xlsx, trang tính \"" + SHEET + "\", dòng 16, cột 1 (unit_code)",
                "\"H99.03\" không có trong units.csv");
    }

    @Test
    void numeratorAboveDenominator_isRejectedAtItsCell() {
        workbook("2026-10", Bench.OCTOBER + "H99.02,ON_TIME,421,420,\n", false);
        assertProblem(bench.rejected(), "2026-10.xlsx, trang tính \"" + SHEET + "\", dòng 14, cột 3 (numerator)",
                "tử số 421 lớn hơn mẫu số 420");
    }

    @Test
    void negativeNumberCell_isRejected() {
        workbook("2026-10", Bench.OCTOBER.replace("H99.01,CLGQ,,,6.72", "H99.01,CLGQ,,,-6.72"), false);
        assertProblem(bench.rejected(), "dòng 10, cột 5 (score)", "giá trị âm");
    }

    @Test
    void cellOutsideTheHeadersColumns_isRejected() {
        workbook("2026-10", Bench.OCTOBER + "H99.02,CLGQ,,,6,thừa\n", false);
        assertProblem(bench.rejected(), "2026-10.xlsx, trang tính \"" + SHEET + "\", dòng 14", "ngoài các cột");
    }

    @Test
    void missingColumn_isRejectedAtTheHeaderRow() {
        workbook("2026-10", Bench.OCTOBER.replace(",score\n", ",diem\n"), false);
        assertProblem(bench.rejected(), "trang tính \"" + SHEET + "\", dòng 1", "thiếu cột \"score\"");
    }

    @Test
    void csvAndXlsxForOnePeriod_isAnError() {
        bench.data().bytes("scores/2026-10.xlsx", xlsx(Bench.OCTOBER, false, 0));
        assertProblem(bench.rejected(), "2026-10", "cả tệp CSV và tệp Excel", "Mỗi kỳ chỉ một tệp");
    }

    @Test
    void brokenWorkbook_isRejectedAskingToSaveItAgain() {
        workbook("2026-10", Bench.OCTOBER, false);
        bench.data().bytes("scores/2026-10.xlsx", new byte[] {'P', 'K', 3, 4});
        assertProblem(bench.rejected(), "2026-10.xlsx", "không đọc được tệp Excel", "Excel Workbook (.xlsx)");
    }
}
