package vn.chiso766.render.office;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chiso766.render.office.Paragraphs.Emphasis;
import vn.chiso766.render.pdf.NoticeView;

/**
 * The notice's opening as Nghị định 30 lays it out: a borderless two-column table (issuing body
 * in capitals under its parent body, a short rule; the national name and motto with a rule as long
 * as the motto), then the number and the italic place and date; the title and subject below.
 */
final class NoticeMasthead {
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final List<Double> COLUMNS = List.of(38.0, 62.0);
    private static final float MASTHEAD_POINTS = 13f;
    private static final int BODY_RULE = 28 * WordPage.MM / 10;
    private static final int TITLE_RULE = 40 * WordPage.MM / 10;

    private NoticeMasthead() {
    }

    static void write(XWPFDocument document, NoticeView view) {
        XWPFTable table = WordTables.create(document, OfficeStyles.PLAIN_TABLE, COLUMNS);
        XWPFTableRow top = table.getRow(0);
        issuer(top.getCell(0), view);
        nation(top.getCell(1));
        XWPFTableRow second = WordTables.row(table, COLUMNS);
        WordTables.cell(second.getCell(0), OfficeStyles.MASTHEAD, view.numberLine(), WordTables.Align.CENTER,
                Emphasis.PLAIN);
        WordTables.cell(second.getCell(1), OfficeStyles.MASTHEAD, view.dateLine(), WordTables.Align.CENTER,
                Emphasis.ITALIC);
        second.getCell(0).getParagraphs().get(0).setSpacingBefore(100);
        second.getCell(1).getParagraphs().get(0).setSpacingBefore(100);
        Paragraphs.add(document, OfficeStyles.TITLE, "THÔNG BÁO");
        Paragraphs.add(document, OfficeStyles.SUBTITLE, view.subtitle());
        if (!view.provisional().isEmpty()) {
            Paragraphs.run(Paragraphs.add(document, OfficeStyles.MASTHEAD, null), view.provisional(), Emphasis.ITALIC)
                    .setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        }
        Paragraphs.rule(document, TITLE_RULE, WordPage.TEXT);
    }

    private static void issuer(XWPFTableCell cell, NoticeView view) {
        boolean first = true;
        if (!view.parentBody().isEmpty()) {
            Paragraphs.first(cell, OfficeStyles.MASTHEAD, view.parentBody(), Emphasis.PLAIN);
            first = false;
        }
        for (String line : view.issuingBody()) {
            if (first) {
                Paragraphs.first(cell, OfficeStyles.MASTHEAD, line, Emphasis.BOLD);
                first = false;
            } else {
                Paragraphs.run(Paragraphs.add(cell, OfficeStyles.MASTHEAD, null), line, Emphasis.BOLD);
            }
        }
        Paragraphs.rule(cell, BODY_RULE, WordTables.twips(COLUMNS.get(0)));
    }

    private static void nation(XWPFTableCell cell) {
        Paragraphs.first(cell, OfficeStyles.MASTHEAD, NATION, Emphasis.BOLD);
        Paragraphs.run(Paragraphs.add(cell, OfficeStyles.MASTHEAD, null), MOTTO, Emphasis.BOLD);
        Paragraphs.rule(cell, TextWidth.boldTwips(MOTTO, MASTHEAD_POINTS), WordTables.twips(COLUMNS.get(1)));
    }
}
