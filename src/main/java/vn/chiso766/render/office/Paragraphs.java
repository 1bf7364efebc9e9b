package vn.chiso766.render.office;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Paragraphs of the Word notice: a style and runs of text; what the styles do not say is set here. */
final class Paragraphs {
    /** A run's emphasis. */
    enum Emphasis { PLAIN, BOLD, ITALIC, BOLD_ITALIC }

    /** A rule's thickness in eighths of a point: 0.75 pt, about the PDF's 0.6 pt. */
    private static final int RULE_EIGHTHS = 6;
    /** Room above a rule, in twips, so that it clears the descenders and dots below of the line above. */
    private static final int RULE_GAP = 50;

    private Paragraphs() {
    }

    static XWPFParagraph add(IBody body, String style, String text) {
        XWPFParagraph p = body instanceof XWPFTableCell cell ? cell.addParagraph() : newParagraph(body);
        p.setStyle(style);
        return text == null ? p : run(p, text, Emphasis.PLAIN);
    }

    /** The cell's first paragraph (a new cell has one, empty), styled and filled. */
    static XWPFParagraph first(XWPFTableCell cell, String style, String text, Emphasis emphasis) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        return text.isEmpty() ? p : run(p, text, emphasis);
    }

    static XWPFParagraph run(XWPFParagraph p, String text, Emphasis emphasis) {
        XWPFRun run = p.createRun();
        run.setText(text);
        if (emphasis == Emphasis.BOLD || emphasis == Emphasis.BOLD_ITALIC) {
            run.setBold(true);
        }
        if (emphasis == Emphasis.ITALIC || emphasis == Emphasis.BOLD_ITALIC) {
            run.setItalic(true);
        }
        return p;
    }

    /**
     * A short horizontal rule, centred in the given width: an empty paragraph whose top border
     * runs between its indents, as Nghị định 30's rules under the headings.
     */
    static void rule(IBody body, int widthTwips, int availableTwips) {
        XWPFParagraph p = body instanceof XWPFTableCell cell ? cell.addParagraph() : newParagraph(body);
        p.setStyle(OfficeStyles.NORMAL);
        int indent = Math.max(0, (availableTwips - widthTwips) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTBorder line = p.getCTPPr().addNewPBdr().addNewTop();
        line.setVal(STBorder.SINGLE);
        line.setSz(java.math.BigInteger.valueOf(RULE_EIGHTHS));
        line.setSpace(java.math.BigInteger.ZERO);
        line.setColor("000000");
        CTSpacing spacing = p.getCTPPr().isSetSpacing() ? p.getCTPPr().getSpacing() : p.getCTPPr().addNewSpacing();
        spacing.setBefore(java.math.BigInteger.valueOf(RULE_GAP));
        spacing.setLine(java.math.BigInteger.valueOf(120));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    private static XWPFParagraph newParagraph(IBody body) {
        if (body instanceof org.apache.poi.xwpf.usermodel.XWPFDocument document) {
            return document.createParagraph();
        }
        throw new IllegalArgumentException("paragraphs go into the document or a table cell");
    }
}
