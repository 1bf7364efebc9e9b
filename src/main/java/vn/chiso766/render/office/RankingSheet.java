package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A ranking sheet: rank, code, name, the groups, total, band (filled), changes of score and rank. */
final class RankingSheet {
    private static final int HEADER_ROWS = 2;

    private RankingSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, WorkbookView.RankingTable table) {
        Sheet sheet = workbook.createSheet(table.sheet());
        List<String> heads = heads(table);
        SheetLayout.title(sheet, table.title(), heads.size(), styles.title);
        Cells header = new Cells(sheet.createRow(1));
        heads.forEach(h -> header.text(h, styles.header));
        sheet.getRow(1).setHeightInPoints(45);
        int r = HEADER_ROWS;
        for (WorkbookView.RankingLine line : table.lines()) {
            row(sheet.createRow(r++), line, table.provinces(), styles);
        }
        widths(sheet, table);
        int nameColumn = 2 + (table.provinces() ? 1 : 0);
        SheetLayout.finish(sheet, HEADER_ROWS, nameColumn + 1, heads.size(), r - 1);
    }

    private static List<String> heads(WorkbookView.RankingTable table) {
        List<String> heads = new ArrayList<>(List.of("Hạng"));
        heads.addAll(table.heads());
        if (table.provinces()) {
            heads.add("Tỉnh, thành phố");
        }
        heads.addAll(table.groups());
        heads.addAll(List.of("Tổng điểm", "Xếp loại", "Tăng, giảm điểm", "Tăng, giảm bậc"));
        return heads;
    }

    private static void row(Row row, WorkbookView.RankingLine line, boolean provinces, Styles styles) {
        Cells cells = new Cells(row).number(line.rank(), styles.integer).text(line.code(), styles.text)
                .text(line.name(), styles.text);
        if (provinces) {
            cells.text(line.province(), styles.text);
        }
        line.groups().forEach(g -> cells.number(g, styles.points));
        cells.number(line.total(), styles.boldPoints).text(line.band(), styles.band(line.bandLevel()))
                .number(line.deltaTotal(), styles.signedPoints).number(line.deltaRank(), styles.signed);
    }

    private static void widths(Sheet sheet, WorkbookView.RankingTable table) {
        int c = 0;
        SheetLayout.width(sheet, c++, 6);
        SheetLayout.width(sheet, c++, SheetLayout.CODE);
        SheetLayout.width(sheet, c++, SheetLayout.NAME);
        if (table.provinces()) {
            SheetLayout.width(sheet, c++, 22);
        }
        for (int i = 0; i < table.groups().size(); i++) {
            SheetLayout.width(sheet, c++, SheetLayout.NUMBER);
        }
        SheetLayout.width(sheet, c++, SheetLayout.NUMBER);
        SheetLayout.width(sheet, c++, SheetLayout.BAND);
        SheetLayout.width(sheet, c++, SheetLayout.NUMBER);
        SheetLayout.width(sheet, c, SheetLayout.NUMBER);
    }
}
