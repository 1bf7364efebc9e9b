package vn.chiso766.render.office;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of the Word notice as Nghị định 30 sets it: A4 portrait, margins 20 mm top and
 * bottom, 30 mm left, 15 mm right (those of the PDF notice), the page number centred in the top
 * margin from page 2 (the first page has a header of its own, empty). The appendices, where
 * there are any, are a second section on A4 landscape (margins 20 mm top, 15 mm right and
 * bottom, 20 mm left, as the PDF's), numbered on.
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
    private static final int LANDSCAPE_LEFT = 1134;
    private static final int LANDSCAPE_RIGHT = 851;
    private static final int LANDSCAPE_BOTTOM = 851;
    /** The width between the margins of a landscape page, in twips. */
    static final int LANDSCAPE_TEXT = HEIGHT - LANDSCAPE_LEFT - LANDSCAPE_RIGHT;

    private WordPage() {
    }

    /**
     * Sets the pages up once the document is written.
     *
     * @param letterEnd the empty paragraph that ends the letter before the appendices, or null
     *                  where there are none: it carries the portrait section, the rest is landscape
     */
    static void setUp(XWPFDocument document, XWPFParagraph letterEnd) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        pageNumber(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT));
        CTSectPr section = document.getDocument().getBody().getSectPr();
        page(section, WIDTH, HEIGHT, new int[] {TOP, RIGHT, BOTTOM, LEFT});
        section.addNewTitlePg();
        if (letterEnd != null) {
            CTPPr properties = letterEnd.getCTP().isSetPPr() ? letterEnd.getCTP().getPPr() : letterEnd.getCTP().addNewPPr();
            properties.setSectPr((CTSectPr) section.copy()); // the same headers: numbered on
            section.unsetTitlePg();
            page(section, HEIGHT, WIDTH, new int[] {TOP, LANDSCAPE_RIGHT, LANDSCAPE_BOTTOM, LANDSCAPE_LEFT});
            section.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
        }
    }

    /** @param margins top, right, bottom, left, in twips */
    private static void page(CTSectPr section, int width, int height, int[] margins) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(margins[0]));
        margin.setRight(BigInteger.valueOf(margins[1]));
        margin.setBottom(BigInteger.valueOf(margins[2]));
        margin.setLeft(BigInteger.valueOf(margins[3]));
        margin.setHeader(BigInteger.valueOf(MM));
        margin.setFooter(BigInteger.valueOf(MM));
        margin.setGutter(BigInteger.ZERO);
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
