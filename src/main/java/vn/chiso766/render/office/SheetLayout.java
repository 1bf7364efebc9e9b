package vn.chiso766.render.office;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What every sheet of the workbook has: a title row, frozen header rows and name column, an
 * auto-filter on the last header row, and an A4 landscape print setup one page wide that
 * repeats the header rows.
 */
final class SheetLayout {
    /** Column widths in characters, set by hand: auto-sizing measures with AWT fonts and is slow. */
    static final int CODE = 12;
    static final int NAME = 42;
    static final int NUMBER = 11;
    static final int BAND = 12;

    private SheetLayout() {
    }

    /** A new sheet with its title row and one header row of the given heads. */
    static Sheet headed(org.apache.poi.xssf.streaming.SXSSFWorkbook workbook, String name, String title,
                        java.util.List<String> heads, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        title(sheet, title, heads.size(), styles.title);
        Cells header = new Cells(sheet.createRow(1));
        heads.forEach(h -> header.text(h, styles.header));
        return sheet;
    }

    static void title(Sheet sheet, String text, int columns, XSSFCellStyle style) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(22);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    /**
     * @param headerRows the rows above the data, title included
     * @param frozenColumns the columns kept in view, up to the unit's name
     * @param lastRow the last data row (0-based)
     */
    static void finish(Sheet sheet, int headerRows, int frozenColumns, int columns, int lastRow) {
        sheet.createFreezePane(frozenColumns, headerRows);
        sheet.setAutoFilter(new CellRangeAddress(headerRows - 1, Math.max(headerRows - 1, lastRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        print(sheet, true);
    }

    /** A4, one page wide, centred, numbered pages. */
    static void print(Sheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    static void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, characters * 256 + 200);
    }
}
