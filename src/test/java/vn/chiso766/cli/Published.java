package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A publication a case produced: its files and what the build printed. */
record Published(Path root, Map<String, byte[]> files, String stdout) {

    String text(String path) {
        byte[] bytes = files.get(path);
        assertTrue(bytes != null, () -> path + " is published; files: " + files.keySet());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The open-data record of a unit in a period's ket-qua.csv. */
    CSVRecord openData(String period, String unitCode) {
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text(period + "/ket-qua.csv"))).getRecords();
            return records.stream().filter(r -> r.get("unit_code").equals(unitCode)).findFirst()
                    .orElseThrow(() -> new AssertionError(unitCode + " missing from " + records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hostile text stayed text everywhere: never raw in a page and shown escaped on some page
     * (see {@link #assertEscapedInPages}), and printed literally in at least one PDF when there
     * are PDFs (markup the renderer had obeyed would have vanished from the text).
     */
    void assertShownAsText(String hostile) {
        assertEscapedInPages(hostile);
        boolean pdfs = false;
        boolean printed = false;
        for (var file : files.entrySet()) {
            if (file.getKey().endsWith(".pdf")) {
                pdfs = true;
                printed |= squeeze(pdfText(file.getValue())).contains(squeeze(hostile));
            }
        }
        assertEquals(pdfs, printed, "the text is printed literally in some PDF");
    }

    /** Never raw in a page (HTML, SVG); shown, escaped, on at least one page when there are pages. */
    void assertEscapedInPages(String hostile) {
        boolean pages = false;
        boolean escapedSeen = false;
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".html") || name.endsWith(".svg") || name.endsWith(".xhtml")) {
                String page = new String(file.getValue(), StandardCharsets.UTF_8);
                assertFalse(page.contains(hostile), () -> name + " holds the raw text " + hostile);
                pages = true;
                escapedSeen |= page.contains(escaped(hostile));
            }
        }
        assertEquals(pages, escapedSeen, "the text is shown, escaped, on some page");
    }

    /** Every published path is made of safe characters and stays inside the publication. */
    void assertPathsSafe() {
        for (String name : files.keySet()) {
            assertTrue(name.matches("[A-Za-z0-9._/-]+") && !name.contains(".."), () -> "unsafe path " + name);
            assertTrue(root.resolve(name).normalize().startsWith(root), name);
        }
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
