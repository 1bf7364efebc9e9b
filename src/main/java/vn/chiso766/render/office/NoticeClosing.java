package vn.chiso766.render.office;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chiso766.render.office.Paragraphs.Emphasis;
import vn.chiso766.render.pdf.NoticeView;

/**
 * "Nơi nhận:" and its lines on the left, the signature block on the right, in a borderless
 * table kept on one page.
 */
final class NoticeClosing {
    private static final List<Double> COLUMNS = List.of(50.0, 50.0);
    /** Room for the signature and seal above the signer's name (28 mm, as the PDF). */
    private static final int SIGNING_SPACE = 28 * WordPage.MM / 10;
    /** "Nơi nhận:" is 12 pt, its lines 11 pt (the Recipients style). */
    private static final int RECIPIENTS_TITLE_POINTS = 12;

    private NoticeClosing() {
    }

    static void write(XWPFDocument document, NoticeView view) {
        XWPFTable table = WordTables.create(document, OfficeStyles.PLAIN_TABLE, COLUMNS);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        recipients(row.getCell(0), view.recipients());
        signer(row.getCell(1), view);
    }

    private static void recipients(XWPFTableCell cell, List<String> lines) {
        Paragraphs.first(cell, OfficeStyles.RECIPIENTS, "Nơi nhận:", Emphasis.BOLD_ITALIC).getRuns().get(0)
                .setFontSize(RECIPIENTS_TITLE_POINTS);
        lines.forEach(line -> Paragraphs.add(cell, OfficeStyles.RECIPIENTS, line));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
    }

    private static void signer(XWPFTableCell cell, NoticeView view) {
        List<String> lines = view.signer();
        Paragraphs.first(cell, OfficeStyles.SIGNATURE, lines.isEmpty() ? "" : lines.get(0), Emphasis.PLAIN);
        lines.stream().skip(1).forEach(line -> Paragraphs.add(cell, OfficeStyles.SIGNATURE, line));
        Paragraphs.add(cell, OfficeStyles.SIGNATURE, view.signerName()).setSpacingBefore(SIGNING_SPACE);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
    }
}
