package vn.chiso766.render.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.chiso766.model.Release;
import vn.chiso766.render.pdf.NoticeView;

/**
 * Writes the monthly notice as an editable Word draft (.docx) from the PDF notice's own view:
 * same header, body, tables, recipients and signature, then the appendices in a landscape
 * section, in Word styles; reproducible bytes.
 */
final class NoticeDocx {
    private NoticeDocx() {
    }

    static void write(NoticeView view, LocalDate date, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        try (XWPFDocument document = new XWPFDocument()) {
            OfficeStyles.apply(document);
            NoticeMasthead.write(document, view);
            NoticeBody.write(document, view);
            NoticeClosing.write(document, view);
            XWPFParagraph letterEnd = view.appendices().isEmpty() ? null : document.createParagraph();
            NoticeAppendices.write(document, view);
            WordPage.setUp(document, letterEnd);
            properties(document.getProperties(), view, date);
            document.write(bytes);
        }
        StableZip.copy(bytes.toByteArray(), OfficeDates.local(date), out);
    }

    private static void properties(POIXMLProperties properties, NoticeView view, LocalDate date) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(view.title());
        core.setSubjectProperty(view.subject());
        core.setCreator(Release.CURRENT.name());
        core.setDescription("Bản dự thảo để chỉnh sửa trước khi ký; cùng nội dung với Thông báo (PDF).");
        core.setCreated(Optional.of(OfficeDates.instant(date)));
        core.setModified(Optional.of(OfficeDates.instant(date)));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("chiso766");
    }
}
