package vn.chiso766.render.office;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cells of a row, left to right: numbers as numbers, text as text (never a formula, so
 * a name like "=cmd" stays text), an absent value as an empty cell that keeps the style.
 */
final class Cells {
    private final Row row;
    private int column;

    Cells(Row row) {
        this.row = row;
    }

    Cells text(String value, XSSFCellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return this;
    }

    Cells number(BigDecimal value, XSSFCellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    Cells number(Integer value, XSSFCellStyle style) {
        return number(value == null ? null : BigDecimal.valueOf(value), style);
    }

    int column() {
        return column;
    }

    private Cell next(XSSFCellStyle style) {
        Cell cell = row.createCell(column++, CellType.BLANK);
        cell.setCellStyle(style);
        return cell;
    }
}
