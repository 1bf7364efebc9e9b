package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class WarmupTest {
    /** The warm-up runs the documents' own path (fonts, tables, PDF/A and PDF/UA), or it warms nothing. */
    @Test
    void drawsThroughTheDocumentsOwnWriter() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Warmup.draw())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "tagged for PDF/UA");
            assertEquals(4, countFonts(pdf), "the four faces of the text");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Công khai, minh bạch") && text.contains("−12,71"), text);
        }
    }

    private static int countFonts(PDDocument pdf) {
        int n = 0;
        for (var ignored : pdf.getPage(0).getResources().getFontNames()) {
            n++;
        }
        return n;
    }
}
