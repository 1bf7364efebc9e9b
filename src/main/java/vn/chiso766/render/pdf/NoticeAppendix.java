package vn.chiso766.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import vn.chiso766.render.Timeline;

/**
 * The notice's appendix: every unit's scorecard PDF, as published, appended after the notice's
 * own pages (PDFBox merges their structure trees, so the result stays tagged), each bookmarked
 * under the appendix's entry of the outline, their fonts merged into one subset per face.
 */
final class NoticeAppendix {
    /** The outline entry of the appendix. */
    static final String TITLE = "Phụ lục: kết quả chi tiết của từng đơn vị";

    private NoticeAppendix() {
    }

    /** The page (from 1) where each scorecard will start, given the notice's own page count and theirs. */
    static List<Integer> firstPages(int noticePages, List<Integer> lengths) {
        int[] next = {noticePages + 1};
        return lengths.stream().map(length -> {
            int first = next[0];
            next[0] += length;
            return first;
        }).toList();
    }

    /**
     * Reads and appends the scorecards one at a time: the merger copies what it appends, so a
     * national build never holds a province's 120 scorecards at once.
     *
     * @param names    the units' names, one per scorecard, for the outline
     * @param identity the hash of the notice's file identifier, given each scorecard's bytes as read
     */
    static void append(PDDocument notice, List<Path> scorecards, List<String> names, MessageDigest identity)
            throws IOException {
        PDOutlineItem appendix = appendixEntry(notice);
        PDFMergerUtility merger = new PDFMergerUtility();
        SharedFonts fonts = new SharedFonts(notice);
        for (int i = 0; i < scorecards.size(); i++) {
            int first = notice.getNumberOfPages();
            byte[] bytes = Files.readAllBytes(scorecards.get(i));
            identity.update(bytes);
            try (PDDocument scorecard = Loader.loadPDF(bytes)) {
                merger.appendDocument(notice, scorecard);
            }
            appendix.addLast(entry(names.get(i), notice.getPage(first)));
            for (int page = first; page < notice.getNumberOfPages(); page++) {
                fonts.adopt(notice.getPage(page).getResources());
            }
        }
        long step = System.nanoTime();
        fonts.embed();
        Timeline.span("thông báo: gộp phông chữ", step);
        // The merger adds /Suspects false, which some readers (poppler) report as an error; false is the default.
        notice.getDocumentCatalog().getMarkInfo().getCOSObject().removeItem(COSName.getPDFName("Suspects"));
    }

    private static PDOutlineItem appendixEntry(PDDocument notice) {
        for (PDOutlineItem item : notice.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(TITLE)) {
                return item;
            }
        }
        throw new IllegalStateException("the notice's outline has no appendix entry");
    }

    private static PDOutlineItem entry(String title, PDPage page) {
        PDPageXYZDestination top = new PDPageXYZDestination();
        top.setPage(page);
        top.setTop((int) page.getMediaBox().getUpperRightY());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(top);
        return item;
    }
}
