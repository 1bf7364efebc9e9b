package vn.chiso766.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Page numbers on pages that were not laid out with the notice (its appended scorecards),
 * where the notice's own pages have them: centred in the top margin, in the text's font and
 * size. They are pagination artifacts, outside the structure tree, as PDF/UA asks.
 */
final class PageNumbers {
    private static final float POINTS_PER_MM = 72 / 25.4f;
    /** Size of the notice's page numbers (layout.ftlh's @top-center). */
    private static final float SIZE = 13;
    /** Baseline below the page's top edge: inside the scorecards' 15 mm top margin. */
    static final float BASELINE_MM = 10;
    /** The scorecards' left and right margins (don-vi.ftlh): the number is centred on their text. */
    private static final float LEFT_MM = 20;
    private static final float RIGHT_MM = 15;

    private PageNumbers() {
    }

    /** Numbers every page from {@code from} (counted from 0) with its page number (from 1). */
    static void stamp(PDDocument document, int from) throws IOException {
        PDFont font = PdfFonts.text(document);
        for (int i = from; i < document.getNumberOfPages(); i++) {
            stamp(document, document.getPage(i), font, String.valueOf(i + 1));
        }
    }

    private static void stamp(PDDocument document, PDPage page, PDFont font, String number) throws IOException {
        PDRectangle box = page.getMediaBox();
        float width = font.getStringWidth(number) / 1000 * SIZE;
        float centre = box.getLowerLeftX() + (LEFT_MM + (box.getWidth() / POINTS_PER_MM - LEFT_MM - RIGHT_MM) / 2)
                * POINTS_PER_MM;
        try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(centre - width / 2, box.getUpperRightY() - BASELINE_MM * POINTS_PER_MM);
            content.showText(number);
            content.endText();
            content.endMarkedContent();
        }
    }
}
