package vn.chiso766.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read strictly: UTF-8 (BOM or not), delimiter detected from the header line,
 * every cell trimmed of spaces and normalised to NFC, every row with the line it starts on.
 * The only class that knows Commons CSV. The first sheet of an .xlsx file becomes the same
 * table ({@link SheetTable}), rows numbered as the spreadsheet numbers them, so every check of
 * the loaders applies to it too.
 */
public final class CsvTable {
    /** A data row: its 1-based line number and its cells, as many as the header has. */
    public record Row(long line, List<String> cells) {
    }

    private final String file;
    private final char delimiter;
    private final boolean decimalComma;
    private final long headerLine;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, char delimiter, boolean decimalComma, long headerLine, List<String> header,
                     List<Row> rows) {
        this.file = file;
        this.headerLine = headerLine;
        this.delimiter = delimiter;
        this.decimalComma = decimalComma;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads a file; on any problem reports it and returns empty. */
    static Optional<CsvTable> read(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, "không đọc được tệp (" + e.getMessage() + ")."));
            return Optional.empty();
        }
        return read(bytes, file, problems);
    }

    static Optional<CsvTable> read(byte[] bytes, String file, Problems problems) {
        return TextDecoder.decode(bytes, file, problems).flatMap(text -> parse(text, file, problems));
    }

    static Optional<CsvTable> parse(String text, String file, Problems problems) {
        if (text.isBlank()) {
            problems.add(Problem.ofFile(file, "tệp rỗng. Dòng đầu tiên phải là dòng tiêu đề cột."));
            return Optional.empty();
        }
        char delimiter = Delimiter.detect(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).get();
        int before = problems.size();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = cells(record, header, file, line, problems);
                if (header == null) {
                    header = cells;
                    checkHeader(header, file, 1, problems);
                } else if (cells.size() != header.size()) {
                    problems.add(Problem.ofLine(file, line, ragged(cells, header.size(), delimiter)));
                } else {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.ofLine(file, Math.max(1, lineOf(e)), quoteError(e)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CsvTable(file, delimiter, delimiter != ',', 1, header, rows));
    }

    /** A table read from a spreadsheet: text cells may hold a decimal comma (numbers are already numbers). */
    static CsvTable ofSheet(String file, long headerLine, List<String> header, List<Row> rows) {
        return new CsvTable(file, '\t', true, headerLine, header, rows);
    }

    /** The cells of a record, each checked for forbidden characters; header is null for the header itself. */
    private static List<String> cells(CSVRecord record, List<String> header, String file, long line,
                                      Problems problems) {
        List<String> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            cells.add(clean(record.get(i), new Cell(file, line, i + 1,
                    header != null && i < header.size() ? header.get(i) : ""), problems));
        }
        return cells;
    }

    /** A cell's text trimmed and in NFC; a hidden or control character in it is reported. */
    static String clean(String raw, Cell at, Problems problems) {
        String cell = Normalizer.normalize(Text.trim(raw), Normalizer.Form.NFC);
        Text.firstForbidden(cell).ifPresent(cp -> problems.add(at.problem("có ký tự ẩn hoặc ký tự điều khiển không"
                + " được phép " + Text.describe(cp) + ". Hãy xóa ký tự này (thường do dán từ trang web hay tệp khác).")));
        return cell;
    }

    static void checkHeader(List<String> header, String file, long line, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                problems.add(new Problem(file, line, i + 1, "", "tên cột trống. Mỗi cột cần một tên trong dòng tiêu đề."));
            } else if (!seen.add(name)) {
                problems.add(new Problem(file, line, i + 1, name, "cột \"" + name + "\" xuất hiện hai lần. Hãy xóa"
                        + " hoặc đổi tên một cột."));
            }
        }
    }

    private static String ragged(List<String> cells, int expected, char delimiter) {
        String message = "dòng có " + cells.size() + " cột nhưng dòng tiêu đề có " + expected + " cột. Kiểm tra"
                + " dấu phân cách '" + Delimiter.name(delimiter) + "' và dấu ngoặc kép trong dòng này.";
        boolean splitDecimal = delimiter == ',' && cells.size() > expected
                && cells.stream().anyMatch(c -> c.matches("\\d+"));
        return splitDecimal ? message + " Nếu đây là số thập phân viết bằng dấu phẩy (65,54), hãy viết 65.54,"
                + " đặt số trong ngoặc kép (\"65,54\") hoặc phân cách tệp bằng dấu chấm phẩy (;)." : message;
    }

    /** Commons CSV stops at a misplaced quote; its message tells which kind. */
    private static String quoteError(Exception e) {
        String text = String.valueOf(e.getMessage());
        if (text.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "không đọc được cấu trúc CSV: sau dấu ngoặc kép (\") đóng một ô phải là dấu phân cách"
                    + " hoặc hết dòng. Trong ô có ngoặc kép, hãy viết ngoặc kép hai lần (\"\").";
        }
        return "không đọc được cấu trúc CSV: có dấu ngoặc kép (\") mở mà không đóng. Hãy đóng ngoặc kép"
                + " hoặc xóa nó.";
    }

    private static long lineOf(Exception e) {
        var m = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    public String file() {
        return file;
    }

    public char delimiter() {
        return delimiter;
    }

    /** True where a decimal comma is read as a decimal: files delimited by ';' or tab, and spreadsheets. */
    public boolean decimalComma() {
        return decimalComma;
    }

    /** The line (or sheet row) of the header: 1 in a CSV file. */
    public long headerLine() {
        return headerLine;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** 0-based index of a column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** Reports every required column that is missing; true when all are there. */
    public boolean require(List<String> columns, Problems problems, String hint) {
        boolean ok = true;
        for (String name : columns) {
            if (column(name) < 0) {
                problems.add(Problem.ofLine(file, headerLine, "thiếu cột \"" + name + "\" trong dòng tiêu đề. " + hint));
                ok = false;
            }
        }
        return ok;
    }
}
