package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.chiso766.render.office.Paragraphs.Emphasis;
import vn.chiso766.render.office.WordTables.Align;
import vn.chiso766.render.office.WordTables.Text;
import vn.chiso766.render.pdf.NoticeAppendix;
import vn.chiso766.render.pdf.NoticeView;

/** The numbered sections of the notice: their paragraphs and each kind's short table of its leading and lowest units. */
final class NoticeBody {
    /** The PDF's columns (templates/pdf/thong-bao.ftlh), in percent of the text width. */
    private static final List<Double> MOVED = List.of(9.0, 44.0, 11.0, 12.0, 12.0, 12.0);
    private static final List<Double> STILL = List.of(9.0, 68.0, 11.0, 12.0);

    private NoticeBody() {
    }

    static void write(XWPFDocument document, NoticeView view) {
        int number = 1;
        for (NoticeView.Section section : view.sections()) {
            Paragraphs.add(document, OfficeStyles.HEADING_2, number++ + ". " + section.heading());
            section.paragraphs().forEach(p -> Paragraphs.add(document, OfficeStyles.BODY, p));
            if (!section.best().isEmpty()) {
                ends(document, section, view.moved());
            }
        }
    }

    /** The caption, then the leading units, a gap, the lowest units. */
    private static void ends(XWPFDocument document, NoticeView.Section section, boolean moved) {
        Paragraphs.run(Paragraphs.add(document, OfficeStyles.NORMAL, null), section.caption(), Emphasis.BOLD)
                .setSpacingBefore(60);
        List<Double> widths = moved ? MOVED : STILL;
        List<String> heads = new ArrayList<>(List.of("Hạng", "Đơn vị", "Tổng điểm", "Xếp loại"));
        if (moved) {
            heads.addAll(List.of("Tăng, giảm điểm", "Tăng, giảm bậc"));
        }
        XWPFTable table = WordTables.grid(document, widths, heads, WordPage.TEXT);
        section.best().forEach(row -> WordTables.line(table, widths, cells(row, moved), WordPage.TEXT));
        if (!section.weakest().isEmpty()) {
            List<Text> gap = new ArrayList<>(List.of(Text.of("…", Align.CENTER)));
            while (gap.size() < widths.size()) {
                gap.add(Text.of("", Align.LEFT));
            }
            WordTables.line(table, widths, gap, WordPage.TEXT);
            section.weakest().forEach(row -> WordTables.line(table, widths, cells(row, moved), WordPage.TEXT));
        }
        Paragraphs.add(document, OfficeStyles.NORMAL, null).setSpacingAfter(120);
    }

    private static List<Text> cells(NoticeAppendix.Row row, boolean moved) {
        List<Text> cells = new ArrayList<>(List.of(Text.of(row.rank(), Align.CENTER), Text.of(row.name(), Align.LEFT),
                new Text(row.total(), Align.RIGHT, Emphasis.BOLD), Text.of(row.band(), Align.CENTER)));
        if (moved) {
            cells.addAll(List.of(Text.of(row.change(), Align.RIGHT), Text.of(row.rankChange(), Align.CENTER)));
        }
        return cells;
    }
}
