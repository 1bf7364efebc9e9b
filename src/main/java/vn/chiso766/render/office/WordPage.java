package vn.chiso766.render.office;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The page of the Word notice as Nghị định 30 sets it: A4 portrait, margins 20 mm top and
 * bottom, 30 mm left, 15 mm right (those of the PDF notice), the page number centred in the top
 * margin from page 2 (the first page has a header of its own, empty).
 */
final class WordPage {
    static final int MM = 567; // twips per centimetre
    static final int WIDTH = 11906;
    static final int HEIGHT = 16838;
    static final int TOP = 1134;
    static final int BOTTOM = 1134;
    static final int LEFT = 1701;
    static final int RIGHT = 851;
    /** The width between the margins, in twips. */
    static final int TEXT = WIDTH - LEFT - RIGHT;

    private WordPage() {
    }

    static void setUp(XWPFDocument document) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        pageNumber(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT));
        CTSectPr section = document.getDocument().getBody().getSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(MM));
        margins.setFooter(BigInteger.valueOf(MM));
        margins.setGutter(BigInteger.ZERO);
        section.addNewTitlePg();
    }

    /** A PAGE field, so Word and LibreOffice number the pages as the office edits. */
    private static void pageNumber(XWPFHeader header) {
        XWPFParagraph p = header.getParagraphArray(0) != null ? header.getParagraphArray(0) : header.createParagraph();
        p.setStyle(OfficeStyles.HEADER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
    }
}
