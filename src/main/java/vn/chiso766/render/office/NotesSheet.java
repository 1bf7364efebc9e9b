package vn.chiso766.render.office;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The period's data-quality notes: unit, kind of finding, what it says. */
final class NotesSheet {
    private static final List<String> HEADS = List.of("Mã đơn vị", "Tên đơn vị", "Phát hiện", "Nội dung");
    private static final int HEADER_ROWS = 2;

    private NotesSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, WorkbookView.NotesTable table) {
        Sheet sheet = SheetLayout.headed(workbook, table.sheet(), table.title(), HEADS, styles);
        int r = HEADER_ROWS;
        for (WorkbookView.NoteLine line : table.lines()) {
            new Cells(sheet.createRow(r++)).text(line.code(), styles.text).text(line.name(), styles.wrapped)
                    .text(line.type(), styles.wrapped).text(line.message(), styles.wrapped);
        }
        if (table.lines().isEmpty()) {
            new Cells(sheet.createRow(r++)).text("", styles.text).text("Không có phát hiện nào trong kỳ.", styles.text)
                    .text("", styles.text).text("", styles.text);
        }
        SheetLayout.width(sheet, 0, SheetLayout.CODE);
        SheetLayout.width(sheet, 1, 36);
        SheetLayout.width(sheet, 2, 30);
        SheetLayout.width(sheet, 3, 90);
        SheetLayout.finish(sheet, HEADER_ROWS, 2, HEADS.size(), r - 1);
    }
}
