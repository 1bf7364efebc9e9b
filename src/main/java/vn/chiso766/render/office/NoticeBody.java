package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chiso766.render.office.Paragraphs.Emphasis;
import vn.chiso766.render.office.WordTables.Align;
import vn.chiso766.render.pdf.NoticeView;
import vn.chiso766.render.pdf.RankingRow;

/** The numbered sections of the notice: their paragraphs and ranking tables, then the request. */
final class NoticeBody {
    /** The closing request, worded as templates/pdf/thong-bao.ftlh prints it (the docx test compares them). */
    static final String REQUEST = "Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ kết quả"
            + " nêu trên và phụ lục kèm theo, rà soát từng chỉ số còn thấp, nhất là các chỉ số mất nhiều điểm, có giải"
            + " pháp khắc phục ngay trong tháng tiếp theo; công khai kết quả trên trang thông tin điện tử của đơn vị.";

    private NoticeBody() {
    }

    static void write(XWPFDocument document, NoticeView view) {
        int number = 1;
        for (NoticeView.Section section : view.sections()) {
            Paragraphs.add(document, OfficeStyles.HEADING_2, number++ + ". " + section.heading());
            section.paragraphs().forEach(p -> Paragraphs.add(document, OfficeStyles.BODY, p));
            if (!section.ranking().isEmpty()) {
                ranking(document, view.groupNames(), section.ranking());
            }
        }
        Paragraphs.add(document, OfficeStyles.HEADING_2, number + ". Đề nghị");
        Paragraphs.add(document, OfficeStyles.BODY, REQUEST);
    }

    /** A ranking table whose header row repeats on every page, rows never split across pages. */
    private static void ranking(XWPFDocument document, List<String> groupNames, List<RankingRow> rows) {
        boolean moved = rows.stream().anyMatch(r -> !r.change().isEmpty());
        List<Double> widths = widths(groupNames.size(), moved);
        XWPFTable table = WordTables.create(document, OfficeStyles.GRID, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        List<String> heads = heads(groupNames, moved);
        for (int i = 0; i < heads.size(); i++) {
            WordTables.cell(head.getCell(i), OfficeStyles.TABLE_HEADING, heads.get(i), Align.CENTER, Emphasis.PLAIN);
        }
        for (RankingRow row : rows) {
            line(WordTables.row(table, widths), row, moved);
        }
        Paragraphs.add(document, OfficeStyles.NORMAL, null).setSpacingAfter(120);
    }

    private static void line(XWPFTableRow tableRow, RankingRow row, boolean moved) {
        tableRow.setCantSplitRow(true);
        int c = 0;
        WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, row.rank(), Align.CENTER, Emphasis.PLAIN);
        WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, row.name(), Align.LEFT, Emphasis.PLAIN);
        for (String points : row.groups()) {
            WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, points, Align.RIGHT, Emphasis.PLAIN);
        }
        WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, row.total(), Align.RIGHT, Emphasis.BOLD);
        WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, row.band(), Align.CENTER, Emphasis.PLAIN);
        if (moved) {
            WordTables.cell(tableRow.getCell(c++), OfficeStyles.TABLE_TEXT, row.change(), Align.RIGHT, Emphasis.PLAIN);
            WordTables.cell(tableRow.getCell(c), OfficeStyles.TABLE_TEXT, row.rankChange(), Align.CENTER,
                    Emphasis.PLAIN);
        }
    }

    private static List<String> heads(List<String> groupNames, boolean moved) {
        List<String> heads = new ArrayList<>(List.of("Hạng", "Đơn vị"));
        heads.addAll(groupNames);
        heads.addAll(List.of("Tổng điểm", "Xếp loại"));
        if (moved) {
            heads.addAll(List.of("Tăng, giảm điểm", "Tăng, giảm bậc"));
        }
        return heads;
    }

    /** The PDF's column widths, in percent of the text width. */
    private static List<Double> widths(int groups, boolean moved) {
        List<Double> widths = new ArrayList<>(List.of(5.0, moved ? 22.0 : 33.5));
        for (int i = 0; i < groups; i++) {
            widths.add(7.0);
        }
        widths.addAll(List.of(8.0, 11.5));
        if (moved) {
            widths.addAll(List.of(6.5, 5.0));
        }
        return widths;
    }
}
