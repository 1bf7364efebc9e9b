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

    /** A table of one row, its columns sized from percentages of the text width. */
    static XWPFTable create(XWPFDocument document, String style, List<Double> percents) {
        XWPFTable table = document.createTable(1, percents.size());
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders(); // the style draws them, or not
        }
        table.setStyleID(style);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordPage.TEXT));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(percent)));
        }
        size(table.getRow(0), percents);
        return table;
    }

    /** A new row sized as the table's columns (the first row is made with the table). */
    static XWPFTableRow row(XWPFTable table, List<Double> percents) {
        XWPFTableRow row = table.createRow();
        size(row, percents);
        return row;
    }

    static void cell(XWPFTableCell cell, String style, String text, Align align, Paragraphs.Emphasis emphasis) {
        Paragraphs.first(cell, style, text, emphasis).setAlignment(align.value);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    private static void size(XWPFTableRow row, List<Double> percents) {
        for (int i = 0; i < percents.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips(percents.get(i))));
        }
    }

    static int twips(double percent) {
        return (int) Math.round(WordPage.TEXT * percent / 100);
    }
}
