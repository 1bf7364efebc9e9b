package vn.chiso766.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finishes the content stream of every page openhtmltopdf drew: removes its empty background
 * artifacts, then compresses it. The renderer runs in its test mode, which writes page content
 * uncompressed (compression is all that mode changes), so that each page is deflated once here
 * instead of inflated and deflated again; the saved bytes are the same.
 *
 * <p>For PDF/UA openhtmltopdf wraps the background of each box that has a border or a
 * background colour in an {@code /Artifact /PropN BDC … EMC} pair with its own property list
 * (an indirect object); in a table with collapsed borders the table paints the cells' borders,
 * so each cell's pair is empty. A one-page scorecard had 595 of them: two thirds of its 913
 * objects, which saving it, and merging it into the notice, paid for.
 *
 * <p>The pairs are found in the bytes PDFBox wrote, each on its own lines. No string can hide
 * such a line: PDFBox writes a string holding a line break in hexadecimal.
 */
final class PageContents {
    private static final String ARTIFACT = "/Artifact /";
    private static final byte[] START = (ARTIFACT + "Prop").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = " BDC\nEMC\n".getBytes(StandardCharsets.US_ASCII);

    private PageContents() {
    }

    static void finish(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            finish(page);
        }
    }

    private static void finish(PDPage page) throws IOException {
        COSBase drawn = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (drawn == null) {
            return; // a blank page
        }
        if (!(drawn instanceof COSStream contents)) {
            throw new IOException("A page drawn in several content streams: openhtmltopdf draws each page in one.");
        }
        byte[] bytes;
        try (InputStream in = contents.createInputStream()) {
            bytes = in.readAllBytes();
        }
        Set<String> removed = new HashSet<>();
        byte[] kept = without(bytes, removed);
        try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(kept);
        }
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            removed.forEach(name -> properties.removeItem(COSName.getPDFName(name)));
        }
    }

    /** The content without its empty artifact pairs; adds the property names they used to {@code removed}. */
    static byte[] without(byte[] content, Set<String> removed) {
        byte[] out = new byte[content.length];
        int length = 0;
        int i = 0;
        while (i < content.length) {
            int end = (i == 0 || content[i - 1] == '\n') ? emptyPairEnd(content, i) : -1;
            if (end < 0) {
                out[length++] = content[i++];
            } else {
                int name = i + ARTIFACT.length();
                removed.add(new String(content, name, end - END.length - name, StandardCharsets.US_ASCII));
                i = end;
            }
        }
        return Arrays.copyOf(out, length);
    }

    /** The end of an empty pair starting at {@code at}, or -1 if none starts there. */
    private static int emptyPairEnd(byte[] content, int at) {
        if (!matches(content, at, START)) {
            return -1;
        }
        int digits = at + START.length;
        while (digits < content.length && Character.isDigit(content[digits])) {
            digits++;
        }
        return digits > at + START.length && matches(content, digits, END) ? digits + END.length : -1;
    }

    private static boolean matches(byte[] content, int at, byte[] expected) {
        return at + expected.length <= content.length
                && Arrays.equals(content, at, at + expected.length, expected, 0, expected.length);
    }
}
