package vn.chiso766.render.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.pdf.PdfDocuments;
import vn.chiso766.render.pdf.PdfFixture;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Results;

/**
 * The Word notice as an office opens it: converted to PDF by LibreOffice headless (Debian's
 * libreoffice-writer-nogui, scripts/install-test-tools.sh), it reads as the PDF notice, letter and
 * appendices (the same words, page numbers aside), its appendices starting on the same page and
 * its pages as many, give or take one (Word's and openhtmltopdf's table rows differ by a point or
 * two, which can move a row to the next page).
 */
class LibreOfficeNoticeTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final java.util.regex.Pattern APPENDIX = java.util.regex.Pattern.compile("(?m)^Phụ lục I$");
    private static final int PAGE_TOLERANCE = 1;

    @Test
    void convertedDocxReadsAsThePdfNoticeOnAsManyPages(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "run scripts/install-test-tools.sh first");
        Results results = PdfFixture.results(dir);
        Path docx = dir.resolve("thong-bao.docx");
        Files.write(docx, PdfFixture.bytes(NoticeDocuments.of(new SiteMap(results)), NoticeDocxTest.PATH));
        byte[] notice = PdfFixture.bytes(PdfDocuments.of(results, Integer.MAX_VALUE), "2026-10/thong-bao-2026-10.pdf");
        List<String> converted;
        List<String> printed;
        try (PDDocument word = Loader.loadPDF(convert(docx, dir).toFile());
             PDDocument pdf = Loader.loadPDF(notice)) {
            converted = pages(word);
            printed = pages(pdf);
        }
        Map<String, Integer> expected = words(String.join("\n", printed));
        Map<String, Integer> actual = words(String.join("\n", converted));
        assertEquals(expected, actual, () -> "words differ: PDF only " + minus(expected, actual)
                + ", Word only " + minus(actual, expected));
        assertTrue(Math.abs(appendixPage(printed) - appendixPage(converted)) <= PAGE_TOLERANCE,
                "letter pages: PDF " + appendixPage(printed) + ", Word " + appendixPage(converted));
        assertTrue(Math.abs(printed.size() - converted.size()) <= PAGE_TOLERANCE,
                "pages: PDF " + printed.size() + ", Word " + converted.size());
    }

    private static Path convert(Path docx, Path dir) throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(3, TimeUnit.MINUTES), "LibreOffice did not finish");
        Path pdf = dir.resolve("thong-bao.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));
        return pdf;
    }

    /** Each page's text, without the page number that heads pages 2 on. */
    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf).strip().replaceFirst("^" + page + "\\s", ""));
        }
        return pages;
    }

    private static int appendixPage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (APPENDIX.matcher(pages.get(i)).find()) {
                return i;
            }
        }
        throw new AssertionError("no appendix");
    }

    private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        a.forEach((word, n) -> {
            if (n > b.getOrDefault(word, 0)) {
                out.put(word, n - b.getOrDefault(word, 0));
            }
        });
        return out;
    }

    /** Words and how often each occurs: table cells read in another order where a line wraps elsewhere. */
    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.split("[\\s\\u2007\\u00a0]+")) {
            counts.merge(word, 1, Integer::sum);
        }
        return new java.util.TreeMap<>(counts);
    }
}
