package vn.chiso766.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a non-negative number cell. An empty cell is "no data" (empty), never zero.
 * A dot is always a decimal point; a comma is one only in files delimited by ';' or tab.
 */
final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private Numbers() {
    }

    /** The cell's value, empty for an empty cell; reports and returns empty on a bad value. */
    static Optional<BigDecimal> read(String cell, boolean decimalComma, Cell at, Problems problems) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        String text = decimalComma ? cell.replace(',', '.') : cell;
        if (text.startsWith("-") && PLAIN.matcher(text.substring(1)).matches()) {
            problems.add(at.problem("giá trị âm \"" + cell + "\". Chỉ số liệu và điểm không âm được chấp nhận."));
            return Optional.empty();
        }
        if (!PLAIN.matcher(text).matches()) {
            problems.add(at.problem("\"" + shorten(cell) + "\" không phải là số. " + hint(cell, decimalComma)));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    private static String hint(String cell, boolean decimalComma) {
        if (!decimalComma && cell.contains(",")) {
            return "Tệp phân cách bằng dấu phẩy dùng dấu chấm thập phân: viết 65.54, hoặc phân cách tệp bằng"
                    + " dấu chấm phẩy (;) để dùng 65,54.";
        }
        return "Hãy nhập một số không âm, ví dụ 12 hoặc 65.54, hoặc để trống nếu chưa có dữ liệu.";
    }

    static String shorten(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 40) + "…";
    }
}
