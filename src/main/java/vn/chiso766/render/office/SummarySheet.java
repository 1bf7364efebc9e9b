package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chiso766.render.Format;

/**
 * The "Tổng hợp" sheet. One province reads down the sheet: its groups against their maximum, total,
 * band, change and place, then its units per band and kind. National data has a row per province.
 * Both end with where the figures come from.
 */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, WorkbookView.Summary summary) {
        Sheet sheet = workbook.createSheet(summary.sheet());
        if (summary.provinces().size() == 1) {
            province(sheet, styles, summary, summary.provinces().get(0));
        } else {
            provinces(sheet, styles, summary);
        }
    }

    private static void province(Sheet sheet, Styles styles, WorkbookView.Summary summary,
                                 WorkbookView.ProvinceSummary p) {
        int columns = Math.max(4, summary.bands().size() + 3);
        SheetLayout.title(sheet, summary.title(), columns, styles.title);
        Cells head = new Cells(sheet.createRow(1));
        List.of("Nhóm chỉ số", "Điểm", "Tối đa", "Tỷ lệ đạt").forEach(h -> head.text(h, styles.header));
        int r = 2;
        for (WorkbookView.GroupFigure g : p.groups()) {
            figure(new Cells(sheet.createRow(r++)), g, styles, false);
        }
        figure(new Cells(sheet.createRow(r++)), p.total(), styles, true);
        r++;
        new Cells(sheet.createRow(r++)).text("Xếp loại", styles.text).text(p.band(), styles.band(p.bandLevel()));
        new Cells(sheet.createRow(r++)).text("Tăng, giảm điểm " + summary.since(), styles.text)
                .number(p.deltaTotal(), styles.signedPoints);
        if (p.placeOf() != null) {
            new Cells(sheet.createRow(r++)).text("Xếp hạng trong các tỉnh, thành phố", styles.text)
                    .number(p.place(), styles.integer);
            new Cells(sheet.createRow(r++)).text("Số tỉnh, thành phố được xếp hạng", styles.text)
                    .number(p.placeOf(), styles.integer);
            new Cells(sheet.createRow(r++)).text("Tăng, giảm bậc " + summary.since(), styles.text)
                    .number(p.deltaPlace(), styles.signed);
        }
        r = units(sheet, styles, summary, p, r + 1);
        source(sheet, styles, summary, r + 1, columns);
        SheetLayout.width(sheet, 0, SheetLayout.NAME);
        for (int c = 1; c < columns; c++) {
            SheetLayout.width(sheet, c, SheetLayout.BAND);
        }
        SheetLayout.print(sheet, false);
    }

    private static void figure(Cells cells, WorkbookView.GroupFigure g, Styles styles, boolean bold) {
        cells.text(g.name(), bold ? styles.header : styles.text).number(g.points(), bold ? styles.boldPoints : styles.points)
                .number(g.max(), styles.points).number(g.share(), styles.percent);
    }

    /** The units per band and kind; returns the next free row. */
    private static int units(Sheet sheet, Styles styles, WorkbookView.Summary summary, WorkbookView.ProvinceSummary p,
                             int first) {
        Cells head = new Cells(sheet.createRow(first)).text("Số đơn vị theo xếp loại", styles.header);
        summary.bands().forEach(b -> head.text(b, styles.header));
        head.text("Chưa xếp loại", styles.header).text("Tổng số", styles.header);
        int r = first + 1;
        for (WorkbookView.KindBands k : p.kinds()) {
            Cells cells = new Cells(sheet.createRow(r++)).text(k.kind(), styles.text);
            k.counts().forEach(n -> cells.number(n, styles.count));
            cells.number(k.unbanded(), styles.count).number(k.units(), styles.count);
        }
        return r;
    }

    private static void source(Sheet sheet, Styles styles, WorkbookView.Summary summary, int row, int columns) {
        sheet.createRow(row).createCell(0).setCellValue("Nguồn: " + summary.provenance());
        sheet.getRow(row).getCell(0).setCellStyle(styles.note);
        sheet.getRow(row).setHeightInPoints(32);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, columns - 1));
    }

    /** National data: a row per province, its units' counts per kind and band to the right. */
    private static void provinces(Sheet sheet, Styles styles, WorkbookView.Summary summary) {
        List<String> heads = heads(summary);
        SheetLayout.title(sheet, summary.title(), heads.size(), styles.title);
        Cells header = new Cells(sheet.createRow(1));
        heads.forEach(h -> header.text(h, styles.header));
        sheet.getRow(1).setHeightInPoints(60);
        int r = 2;
        for (WorkbookView.ProvinceSummary p : summary.provinces()) {
            Cells cells = new Cells(sheet.createRow(r++)).number(p.place(), styles.integer).text(p.code(), styles.text)
                    .text(p.name(), styles.text);
            p.groups().forEach(g -> cells.number(g.points(), styles.points));
            cells.number(p.total().points(), styles.boldPoints).text(p.band(), styles.band(p.bandLevel()))
                    .number(p.deltaTotal(), styles.signedPoints).number(p.deltaPlace(), styles.signed);
            p.kinds().forEach(k -> {
                k.counts().forEach(n -> cells.number(n, styles.count));
                cells.number(k.unbanded(), styles.count);
            });
        }
        source(sheet, styles, summary, r + 1, Math.min(heads.size(), 12));
        SheetLayout.width(sheet, 0, 6);
        SheetLayout.width(sheet, 1, SheetLayout.CODE);
        SheetLayout.width(sheet, 2, 28);
        for (int c = 3; c < heads.size(); c++) {
            SheetLayout.width(sheet, c, SheetLayout.NUMBER);
        }
        SheetLayout.finish(sheet, 2, 3, heads.size(), r - 1);
    }

    private static List<String> heads(WorkbookView.Summary summary) {
        WorkbookView.ProvinceSummary any = summary.provinces().get(0);
        List<String> heads = new ArrayList<>(List.of("Xếp hạng", "Mã tỉnh", "Tỉnh, thành phố"));
        any.groups().forEach(g -> heads.add(g.name() + " (tối đa " + Format.count(g.max()) + ")"));
        heads.addAll(List.of("Tổng điểm", "Xếp loại", "Tăng, giảm điểm", "Tăng, giảm bậc"));
        for (String kind : summary.kinds()) {
            summary.bands().forEach(b -> heads.add(kind + ": " + b));
            heads.add(kind + ": chưa xếp loại");
        }
        return heads;
    }
}
