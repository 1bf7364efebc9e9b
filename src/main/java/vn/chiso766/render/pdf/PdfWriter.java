package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import vn.chiso766.model.Release;

/**
 * XHTML → PDF/A-2u and PDF/UA-1 with the project's fonts. Reproducible: the creation and
 * modification dates (information dictionary and XMP) are the document's own date, taken from
 * the period, and the file identifier is a hash of the XHTML, so the same data gives the same
 * bytes.
 */
final class PdfWriter {
    private static final String PRODUCER = Release.CURRENT.name();
    private static final TimeZone VIETNAM = TimeZone.getTimeZone(ZoneOffset.ofHours(7));
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every font load at INFO on stderr: keep only its warnings.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PdfWriter() {
    }

    /**
     * @param xhtml   a well-formed XHTML document with lang, title and subject
     * @param date    the date the document is dated (a period's notice date)
     * @param drawers the object drawers its {@code <object>} elements need
     */
    static void write(String xhtml, LocalDate date, FSObjectDrawerFactory drawers, OutputStream out)
            throws IOException {
        try (PDDocument document = render(xhtml, drawers)) {
            save(document, date, xhtml.getBytes(StandardCharsets.UTF_8), out);
        }
    }

    /** The laid-out document; the caller closes it. */
    private static PDDocument render(String xhtml, FSObjectDrawerFactory drawers) throws IOException {
        PDDocument document = PropertyLists.document();
        try (PdfBoxRenderer renderer = builder(xhtml, drawers, document).buildPdfRenderer()) {
            renderer.createPDFKeepOpen();
            PageContents.finish(document);
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static PdfRendererBuilder builder(String xhtml, FSObjectDrawerFactory drawers, PDDocument document) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .withProducer(PRODUCER)
                .useObjectDrawerFactory(drawers)
                .useUnicodeLineBreaker(new NumberAwareBreaker())
                .testMode(true) // page content uncompressed: PageContents deflates it once
                .withHtmlContent(xhtml, null);
        PdfFonts.register(builder, document);
        return builder;
    }

    /**
     * Saves with the dates of the period and a file identifier hashed from what the document
     * is made of, so that the same data gives the same bytes.
     */
    private static void save(PDDocument document, LocalDate date, byte[] content, OutputStream out)
            throws IOException {
        fixDates(document, calendar(date));
        try {
            fixIdentifier(document, MessageDigest.getInstance("MD5").digest(content)); // 16 bytes, as /ID holds
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        document.save(out);
        emptyCatalog(document);
    }

    /**
     * Empties the saved document's catalog and trailer, so that what still references the
     * document after it is closed holds no pages, structure tree or fonts: a chart's Graphics2D
     * does, until the finalizer thread reaches it (see {@link ChartDrawer}).
     */
    private static void emptyCatalog(PDDocument document) {
        document.getDocumentCatalog().getCOSObject().clear();
        document.getDocument().getTrailer().clear();
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(VIETNAM);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 8, 0, 0);
        return calendar;
    }

    private static void fixDates(PDDocument document, Calendar date) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream != null) {
            String xmp = new String(stream.toByteArray(), StandardCharsets.UTF_8);
            stream.importXMPMetadata(XmpDates.set(xmp, date).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Both halves of the trailer's /ID, as PDF/A requires an ID but not a random one. */
    private static void fixIdentifier(PDDocument document, byte[] id) {
        COSArray pair = new COSArray();
        pair.add(new COSString(id));
        pair.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, pair);
    }
}
