package vn.chiso766.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook (.xlsx) as the table a CSV file gives: the first row
 * that is not empty is the header, empty rows are skipped, every row keeps the number the
 * spreadsheet shows, and problems name the file and sheet. A number cell is its exact decimal
 * value (whatever format displays it); a formula gives the value Excel saved with it.
 */
final class SheetTable {
    private SheetTable() {
    }

    static Optional<CsvTable> read(Path path, String file, Problems problems) {
        try (OPCPackage pack = OPCPackage.open(path.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pack)) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(Problem.ofFile(file, "tệp Excel không có trang tính nào."));
                return Optional.empty();
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            return table(sheet, file + ", trang tính \"" + sheet.getSheetName() + "\"", problems);
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            problems.add(Problem.ofFile(file, "tệp Excel cũ (.xls) hoặc có mật khẩu. " + HINT));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            problems.add(Problem.ofFile(file, "không đọc được tệp Excel (.xlsx) (" + reason(e) + "). " + HINT));
        }
        return Optional.empty();
    }

    private static final String HINT = "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Excel Workbook (.xlsx)"
            + " không mật khẩu, hoặc lưu thành CSV UTF-8 (YYYY-MM.csv).";

    private static Optional<CsvTable> table(XSSFSheet sheet, String file, Problems problems) {
        int before = problems.size();
        List<String> header = null;
        long headerLine = 0;
        List<CsvTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            long line = row.getRowNum() + 1L;
            List<String> cells = cells(row, header, file, line, problems);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (header == null) {
                header = trimmed(cells);
                headerLine = line;
                CsvTable.checkHeader(header, file, line, problems);
            } else if (cells.size() > header.size() && !cells.subList(header.size(), cells.size()).stream()
                    .allMatch(String::isEmpty)) {
                problems.add(Problem.ofLine(file, line, "dòng có ô ngoài các cột của dòng tiêu đề (" + header.size()
                        + " cột). Hãy xóa ô thừa hoặc đặt tên cho cột trong dòng tiêu đề."));
            } else {
                rows.add(new CsvTable.Row(line, padded(cells, header.size())));
            }
        }
        if (header == null) {
            problems.add(Problem.ofFile(file, "trang tính rỗng. Dòng đầu tiên phải là dòng tiêu đề cột."));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(CsvTable.ofSheet(file, headerLine, header, rows));
    }

    private static List<String> cells(Row row, List<String> header, String file, long line, Problems problems) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            String name = header != null && c < header.size() ? header.get(c) : "";
            cells.add(CsvTable.clean(text(row.getCell(c)), new vn.chiso766.load.Cell(file, line, c + 1, name), problems));
        }
        return cells;
    }

    /** A cell as the text a CSV file would hold: numbers exactly, without exponent or trailing zeros. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
    }

    /** The header up to its last named column (Excel may keep formatted empty cells after it). */
    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    /** A row as wide as the header: Excel does not store the empty cells at its end. */
    private static List<String> padded(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
