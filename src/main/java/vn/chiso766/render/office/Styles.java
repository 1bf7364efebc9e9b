package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chiso766.render.chart.BandColors;

/** The cell styles of a workbook, made once per workbook (Excel limits their number). */
final class Styles {
    static final String FONT = "Times New Roman";
    static final String POINTS = "0.00";
    static final String PERCENT = "0.00%";
    static final String COUNT = "#,##0";
    static final String SIGNED_POINTS = "+0.00;-0.00;0.00";
    static final String SIGNED = "+0;-0;0";
    private static final int BANDS = 5;

    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    /** A sentence under a table: wrapped, no border. */
    final XSSFCellStyle note;
    final XSSFCellStyle integer;
    final XSSFCellStyle points;
    final XSSFCellStyle boldPoints;
    final XSSFCellStyle percent;
    final XSSFCellStyle count;
    final XSSFCellStyle signedPoints;
    final XSSFCellStyle signed;
    private final List<XSSFCellStyle> bands = new ArrayList<>();
    private final XSSFWorkbook workbook;

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont plain = font(false, 11);
        XSSFFont bold = font(true, 11);
        title = style(font(true, 13), null);
        header = style(bold, null);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEE, (byte) 0xF4}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bordered(header);
        text = bordered(style(plain, null));
        wrapped = bordered(style(plain, null));
        wrapped.setWrapText(true);
        note = style(plain, null);
        note.setWrapText(true);
        integer = centred(bordered(style(plain, null)));
        points = bordered(style(plain, POINTS));
        boldPoints = bordered(style(bold, POINTS));
        percent = bordered(style(plain, PERCENT));
        count = bordered(style(plain, COUNT));
        signedPoints = bordered(style(plain, SIGNED_POINTS));
        signed = centred(bordered(style(plain, SIGNED)));
        for (int level = 0; level < BANDS; level++) {
            bands.add(bandStyle(level));
        }
    }

    /** The band's cell: filled with the band's colour, white bold text, as on the site. */
    XSSFCellStyle band(int level) {
        return level < 0 ? text : bands.get(Math.min(level, BANDS - 1));
    }

    private XSSFCellStyle bandStyle(int level) {
        XSSFFont font = font(true, 11);
        font.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
        XSSFCellStyle style = centred(bordered(style(font, null)));
        java.awt.Color c = BandColors.of(level);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) c.getRed(), (byte) c.getGreen(),
                (byte) c.getBlue()}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private XSSFFont font(boolean bold, int size) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        return font;
    }

    private XSSFCellStyle style(XSSFFont font, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    private static XSSFCellStyle bordered(XSSFCellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static XSSFCellStyle centred(XSSFCellStyle style) {
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }
}
