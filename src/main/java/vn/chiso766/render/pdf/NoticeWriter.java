package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.chiso766.render.Document;
import vn.chiso766.render.Timeline;

/**
 * Writes the monthly notice: its own pages laid out from the template, then every unit's
 * scorecard PDF as published (read from the publication, not laid out again), with the
 * notice's page numbers continued over them.
 */
final class NoticeWriter {
    /** Drawings of the notice's own pages at most: its list gives page numbers that depend on its length. */
    private static final int PASSES = 2;
    private static final FSObjectDrawerFactory NO_CHARTS = ChartDrawer.factory(Map.of());

    private NoticeWriter() {
    }

    /**
     * @param fingerprint what the notice's own pages show; with the scorecards' bytes, the source
     *                    of the file identifier
     */
    static void write(NoticeView view, LocalDate date, String fingerprint, Document.Inputs inputs, OutputStream out)
            throws IOException {
        List<Path> scorecards = view.appendix().stream().map(unit -> inputs.file(unit.pdf())).toList();
        MessageDigest identity = PdfWriter.identity();
        identity.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        long step = System.nanoTime();
        List<Integer> lengths = new ArrayList<>();
        for (Path scorecard : scorecards) {
            try (PDDocument card = Loader.loadPDF(scorecard.toFile())) { // reads its cross-reference and page tree
                lengths.add(card.getNumberOfPages());
            }
        }
        Timeline.span("thông báo: đếm trang các phiếu", step);
        step = System.nanoTime();
        try (PDDocument notice = ownPages(view, lengths)) {
            Timeline.span("thông báo: trang riêng", step);
            step = System.nanoTime();
            int own = notice.getNumberOfPages();
            NoticeAppendix.append(notice, scorecards,
                    view.appendix().stream().map(NoticeView.AppendixUnit::name).toList(), identity);
            Timeline.span("thông báo: ghép phụ lục", step);
            step = System.nanoTime();
            PageNumbers.stamp(notice, own);
            PdfWriter.saveIdentified(notice, date, identity.digest(), out);
            Timeline.span("thông báo: đánh số trang, ghi", step);
        }
    }

    /**
     * The notice's own pages, whose appendix list says where each scorecard starts: laid out
     * once to count them, then drawn. The numbers do not change the layout (fixed columns); a
     * length that still moved would be laid out again.
     */
    private static PDDocument ownPages(NoticeView view, List<Integer> lengths) throws IOException {
        int length = PdfWriter.pageCount(xhtml(view, lengths, 0), NO_CHARTS);
        for (int pass = 0; pass < PASSES; pass++) {
            PDDocument notice = PdfWriter.render(xhtml(view, lengths, length), NO_CHARTS);
            if (notice.getNumberOfPages() == length) {
                return notice;
            }
            length = notice.getNumberOfPages();
            notice.close();
        }
        throw new IllegalStateException("the notice's length does not settle: " + length + " pages");
    }

    private static String xhtml(NoticeView view, List<Integer> lengths, int length) {
        List<String> pages = NoticeAppendix.firstPages(length, lengths).stream().map(String::valueOf).toList();
        return PdfTemplates.render(PdfDocuments.NOTICE, Map.of("notice", view, "pages", pages));
    }
}
