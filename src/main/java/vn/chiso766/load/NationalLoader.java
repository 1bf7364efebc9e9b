package vn.chiso766.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;

/**
 * Reads one national list (national/YYYY-MM.csv): the portal's list of every province for a
 * period, with its six group scores, total and change of total. Empty cells are "no data".
 */
final class NationalLoader {
    static final List<String> GROUPS = List.of("CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL");
    static final List<String> HEADER = List.of("province_code", "province_name", "department_id", "CKMB", "TDGQ",
            "CLGQ", "TTTT", "MDSH", "MDHL", "total", "delta_total");
    private static final String HINT = "Tệp danh sách toàn quốc cần đúng các cột " + String.join(",", HEADER) + ".";

    private final CsvTable table;
    private final Problems problems;

    private NationalLoader(CsvTable table, Problems problems) {
        this.table = table;
        this.problems = problems;
    }

    static Optional<NationalList> load(Path path, String file, Period period, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        CsvTable table = read.get();
        if (!header(table, problems)) {
            return Optional.empty();
        }
        if (table.rows().isEmpty()) {
            problems.add(Problem.ofFile(file, "tệp chỉ có dòng tiêu đề, không có tỉnh, thành phố nào."));
            return Optional.empty();
        }
        return Optional.of(new NationalList(period, file, new NationalLoader(table, problems).rows()));
    }

    private static boolean header(CsvTable table, Problems problems) {
        int before = problems.size();
        table.require(HEADER, problems, HINT);
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            if (!HEADER.contains(header.get(i))) {
                problems.add(new Problem(table.file(), 1, i + 1, header.get(i), "cột \"" + Numbers.shorten(header.get(i))
                        + "\" không thuộc danh sách toàn quốc. " + HINT + " Hãy xóa hoặc đổi tên cột."));
            }
        }
        return problems.size() == before;
    }

    private List<NationalRow> rows() {
        List<NationalRow> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String code = required(row, "province_code", "mã tỉnh trống. Hãy ghi mã tỉnh của Cổng, ví dụ H21.");
            String name = required(row, "province_name", "tên tỉnh trống. Hãy ghi tên, ví dụ UBND tỉnh Gia Lai.");
            Map<String, BigDecimal> groups = new LinkedHashMap<>();
            GROUPS.forEach(g -> number(row, g).ifPresent(v -> groups.put(g, v)));
            Optional<BigDecimal> total = number(row, "total");
            Optional<BigDecimal> delta = signed(row, "delta_total");
            Long first = code.isEmpty() ? null : seen.putIfAbsent(code, row.line());
            if (first != null) {
                problems.add(Cell.of(table, row, "province_code").problem("tỉnh \"" + Numbers.shorten(code)
                        + "\" đã có ở dòng " + first + ". Mỗi tỉnh chỉ có một dòng; hãy xóa dòng trùng."));
            }
            if (problems.size() == before) {
                out.add(new NationalRow(code, name, cell(row, "department_id"), groups, total, delta,
                        new Observation.Source(table.file(), row.line())));
            }
        }
        return out;
    }

    private String required(CsvTable.Row row, String column, String message) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            problems.add(Cell.of(table, row, column).problem(message));
        }
        return value;
    }

    private Optional<BigDecimal> number(CsvTable.Row row, String column) {
        return Numbers.read(cell(row, column), table.decimalComma(), Cell.of(table, row, column), problems);
    }

    /** A change of score, the only value that may be negative. */
    private Optional<BigDecimal> signed(CsvTable.Row row, String column) {
        String value = cell(row, column);
        boolean negative = value.startsWith("-");
        Optional<BigDecimal> read = Numbers.read(negative ? value.substring(1) : value, table.decimalComma(),
                Cell.of(table, row, column), problems);
        return negative ? read.map(BigDecimal::negate) : read;
    }

    private String cell(CsvTable.Row row, String column) {
        return row.cells().get(table.column(column));
    }
}
