package vn.chiso766.render.office;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Real Word tables of fixed column widths (the page's text width shared by percentages). */
final class WordTables {
    /** How a cell's text sits: left, centred or right (numbers). */
    enum Align {
        LEFT(ParagraphAlignment.LEFT), CENTER(ParagraphAlignment.CENTER), RIGHT(ParagraphAlignment.RIGHT);

        final ParagraphAlignment value;

        Align(ParagraphAlignment value) {
            this.value = value;
        }
    }

    private WordTables() {
    }

    /** A cell's text, where it sits and its emphasis. */
    record Text(String text, Align align, Paragraphs.Emphasis emphasis) {
        static Text of(String text, Align align) {
            return new Text(text, align, Paragraphs.Emphasis.PLAIN);
        }
    }

    /** A table of one row, its columns sized from percentages of the portrait page's text width. */
    static XWPFTable create(XWPFDocument document, String style, List<Double> percents) {
        return create(document, style, percents, WordPage.TEXT);
    }

    /**
     * A grid whose header row repeats on every page, with {@link #line} rows that never split.
     *
     * @param textWidth the width between the margins of the table's pages, in twips
     */
    static XWPFTable grid(XWPFDocument document, List<Double> percents, List<String> heads, int textWidth) {
        XWPFTable table = create(document, OfficeStyles.GRID, percents, textWidth);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < heads.size(); i++) {
            cell(head.getCell(i), OfficeStyles.TABLE_HEADING, heads.get(i), Align.CENTER, Paragraphs.Emphasis.PLAIN);
        }
        return table;
    }

    /** A row of a {@link #grid}, kept on one page. */
    static void line(XWPFTable table, List<Double> percents, List<Text> cells, int textWidth) {
        XWPFTableRow row = table.createRow();
        size(row, percents, textWidth);
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            Text c = cells.get(i);
            cell(row.getCell(i), OfficeStyles.TABLE_TEXT, c.text(), c.align(), c.emphasis());
        }
    }

    private static XWPFTable create(XWPFDocument document, String style, List<Double> percents, int textWidth) {
        XWPFTable table = document.createTable(1, percents.size());
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders(); // the style draws them, or not
        }
        table.setStyleID(style);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(percent, textWidth)));
        }
        size(table.getRow(0), percents, textWidth);
        return table;
    }

    /** A new row sized as the table's columns (the first row is made with the table). */
    static XWPFTableRow row(XWPFTable table, List<Double> percents) {
        XWPFTableRow row = table.createRow();
        size(row, percents, WordPage.TEXT);
        return row;
    }

    static void cell(XWPFTableCell cell, String style, String text, Align align, Paragraphs.Emphasis emphasis) {
        Paragraphs.first(cell, style, text, emphasis).setAlignment(align.value);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    private static void size(XWPFTableRow row, List<Double> percents, int textWidth) {
        for (int i = 0; i < percents.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips(percents.get(i), textWidth)));
        }
    }

    static int twips(double percent) {
        return twips(percent, WordPage.TEXT);
    }

    private static int twips(double percent, int textWidth) {
        return (int) Math.round(textWidth * percent / 100);
    }
}
