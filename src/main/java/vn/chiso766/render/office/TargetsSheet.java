package vn.chiso766.render.office;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the sheet "Chỉ tiêu": each unit's targets, met or what each takes. */
final class TargetsSheet {
    private static final List<String> HEADS = List.of("Mã đơn vị", "Tên đơn vị", "Chỉ tiêu", "Mức giao", "Kết quả",
            "Đơn vị tính", "Đánh giá", "Cần thêm", "Việc cần làm", "Văn bản giao");
    private static final int HEADER_ROWS = 2;

    private TargetsSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, TargetsTable table) {
        Sheet sheet = SheetLayout.headed(workbook, table.sheet(), table.title(), HEADS, styles);
        int r = HEADER_ROWS;
        for (TargetsTable.Line line : table.lines()) {
            new Cells(sheet.createRow(r++)).text(line.code(), styles.text).text(line.name(), styles.wrapped)
                    .text(line.target(), styles.wrapped).number(line.goal(), styles.points)
                    .number(line.value(), styles.points).text(line.unitOf(), styles.text)
                    .text(line.status(), styles.text)
                    .number(line.needed(), line.unitOf().equals("điểm") ? styles.points : styles.count)
                    .text(line.action(), styles.wrapped).text(line.source(), styles.wrapped);
        }
        SheetLayout.width(sheet, 0, SheetLayout.CODE);
        SheetLayout.width(sheet, 1, 32);
        SheetLayout.width(sheet, 2, 36);
        for (int c = 3; c <= 7; c++) {
            SheetLayout.width(sheet, c, SheetLayout.NUMBER);
        }
        SheetLayout.width(sheet, 8, 40);
        SheetLayout.width(sheet, 9, 36);
        SheetLayout.finish(sheet, HEADER_ROWS, 2, HEADS.size(), r - 1);
    }
}
