package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.chiso766.render.office.Paragraphs.Emphasis;
import vn.chiso766.render.office.WordTables.Align;
import vn.chiso766.render.office.WordTables.Text;
import vn.chiso766.render.pdf.NoticeAppendix;
import vn.chiso766.render.pdf.NoticeView;

/**
 * The appendices after the signature, in a landscape section as the PDF's: "Phụ lục I" on a line
 * of its own, the title in capitals, "(Kèm theo …)", then every unit's row under a header row
 * that repeats on each page.
 */
final class NoticeAppendices {
    /** The PDF's columns (templates/pdf/thong-bao.ftlh), in percent of the text width. */
    private static final double RANK = 4.5;
    private static final double GROUP = 6.5;
    private static final List<Double> END = List.of(6.5, 8.5);
    private static final List<Double> CHANGE = List.of(5.5, 5.5);
    private static final double CARD = 9.0;

    private NoticeAppendices() {
    }

    static void write(XWPFDocument document, NoticeView view) {
        boolean first = true;
        for (NoticeAppendix appendix : view.appendices()) {
            XWPFParagraph number = Paragraphs.add(document, OfficeStyles.HEADING_1, "Phụ lục " + appendix.number());
            number.setPageBreak(!first); // the landscape section starts the first on a new page
            first = false;
            Paragraphs.add(document, OfficeStyles.SUBTITLE, appendix.heading());
            Paragraphs.run(Paragraphs.add(document, OfficeStyles.MASTHEAD, null), "(" + view.appendixNote() + ")",
                    Emphasis.ITALIC).setSpacingAfter(120);
            table(document, view.groupNames(), appendix);
        }
    }

    private static void table(XWPFDocument document, List<String> groupNames, NoticeAppendix appendix) {
        List<Double> widths = widths(groupNames.size(), appendix.moved());
        List<String> heads = new ArrayList<>(List.of("Hạng", "Đơn vị"));
        heads.addAll(groupNames);
        heads.addAll(List.of("Tổng điểm", "Xếp loại"));
        if (appendix.moved()) {
            heads.addAll(List.of("Tăng, giảm điểm", "Tăng, giảm bậc"));
        }
        heads.add("Phiếu kết quả");
        XWPFTable table = WordTables.grid(document, widths, heads, WordPage.LANDSCAPE_TEXT);
        for (NoticeAppendix.Row row : appendix.rows()) {
            WordTables.line(table, widths, cells(row, appendix.moved()), WordPage.LANDSCAPE_TEXT);
        }
    }

    private static List<Text> cells(NoticeAppendix.Row row, boolean moved) {
        List<Text> cells = new ArrayList<>(List.of(Text.of(row.rank(), Align.CENTER), Text.of(row.name(), Align.LEFT)));
        row.groups().forEach(points -> cells.add(Text.of(points, Align.RIGHT)));
        cells.add(new Text(row.total(), Align.RIGHT, Emphasis.BOLD));
        cells.add(Text.of(row.band(), Align.CENTER));
        if (moved) {
            cells.addAll(List.of(Text.of(row.change(), Align.RIGHT), Text.of(row.rankChange(), Align.CENTER)));
        }
        cells.add(Text.of(row.card(), Align.LEFT));
        return cells;
    }

    /** The unit's name takes what the other columns leave. */
    private static List<Double> widths(int groups, boolean moved) {
        List<Double> widths = new ArrayList<>(List.of(RANK, 0.0));
        for (int i = 0; i < groups; i++) {
            widths.add(GROUP);
        }
        widths.addAll(END);
        if (moved) {
            widths.addAll(CHANGE);
        }
        widths.add(CARD);
        widths.set(1, 100 - widths.stream().mapToDouble(Double::doubleValue).sum());
        return widths;
    }
}
