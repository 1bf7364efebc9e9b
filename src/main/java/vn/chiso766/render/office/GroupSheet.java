package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A group's sheet: per unit, each indicator's numerator, denominator, rate, points and maximum
 * under two header rows (the indicator's name over its five columns), then the group's points.
 */
final class GroupSheet {
    static final List<String> FIGURES = List.of("Tử số", "Mẫu số", "Tỷ lệ", "Điểm", "Tối đa");
    private static final int HEADER_ROWS = 3;

    private GroupSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, WorkbookView.GroupTable table) {
        Sheet sheet = workbook.createSheet(table.sheet());
        List<String> fixed = fixed(table);
        int columns = fixed.size() + FIGURES.size() * table.indicators().size() + 1;
        SheetLayout.title(sheet, table.title(), columns, styles.title);
        headers(sheet, table, fixed, columns, styles);
        int r = HEADER_ROWS;
        for (WorkbookView.GroupLine line : table.lines()) {
            row(sheet.createRow(r++), line, table, styles);
        }
        widths(sheet, fixed.size(), columns);
        SheetLayout.finish(sheet, HEADER_ROWS, 2, columns, r - 1);
    }

    private static List<String> fixed(WorkbookView.GroupTable table) {
        List<String> heads = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị"));
        if (table.provinces()) {
            heads.add("Tỉnh, thành phố");
        }
        heads.add("Loại đơn vị");
        return heads;
    }

    private static void headers(Sheet sheet, WorkbookView.GroupTable table, List<String> fixed, int columns,
                                Styles styles) {
        Cells top = new Cells(sheet.createRow(1));
        Cells bottom = new Cells(sheet.createRow(2));
        sheet.getRow(1).setHeightInPoints(60);
        for (String head : fixed) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 2, top.column(), top.column()));
            top.text(head, styles.header);
            bottom.text(null, styles.header);
        }
        for (WorkbookView.IndicatorHead indicator : table.indicators()) {
            int first = top.column();
            top.text(indicator.name(), styles.header);
            FIGURES.forEach(f -> bottom.text(f, styles.header));
            for (int i = 1; i < FIGURES.size(); i++) {
                top.text(null, styles.header);
            }
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, first, first + FIGURES.size() - 1));
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 2, columns - 1, columns - 1));
        top.text("Điểm nhóm", styles.header);
        bottom.text(null, styles.header);
    }

    private static void row(Row row, WorkbookView.GroupLine line, WorkbookView.GroupTable table, Styles styles) {
        Cells cells = new Cells(row).text(line.code(), styles.text).text(line.name(), styles.text);
        if (table.provinces()) {
            cells.text(line.province(), styles.text);
        }
        cells.text(line.kind(), styles.text);
        for (int i = 0; i < line.indicators().size(); i++) {
            WorkbookView.Figures f = line.indicators().get(i);
            cells.number(f.numerator(), styles.count).number(f.denominator(), styles.count)
                    .number(f.rate(), styles.percent).number(f.points(), styles.points)
                    .number(table.indicators().get(i).max(), styles.points);
        }
        cells.number(line.points(), styles.boldPoints);
    }

    private static void widths(Sheet sheet, int fixed, int columns) {
        SheetLayout.width(sheet, 0, SheetLayout.CODE);
        SheetLayout.width(sheet, 1, SheetLayout.NAME);
        for (int c = 2; c < fixed; c++) {
            SheetLayout.width(sheet, c, 20);
        }
        for (int c = fixed; c < columns; c++) {
            SheetLayout.width(sheet, c, SheetLayout.NUMBER);
        }
    }
}
