package vn.chiso766.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Unit;

/** Reads units.csv: code, name, kind, parent (order free, extra columns kept). */
final class UnitsLoader {
    private static final List<String> COLUMNS = List.of("code", "name", "kind", "parent");
    private static final String HINT = "units.csv cần các cột code,name,kind,parent.";
    /** Far above any real code or name (the longest names are about 80 characters): longer is a paste error. */
    static final int MAX_CODE = 50;
    static final int MAX_NAME = 200;

    private UnitsLoader() {
    }

    static List<Unit> load(Path path, String file, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, file, problems);
        if (read.isEmpty() || !read.get().require(COLUMNS, problems, HINT)) {
            return List.of();
        }
        CsvTable table = read.get();
        if (table.rows().isEmpty()) {
            problems.add(Problem.ofFile(file, "không có đơn vị nào. Mỗi dòng sau dòng tiêu đề là một đơn vị."));
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            unit(table, row, problems).ifPresent(unit -> {
                Long first = lines.putIfAbsent(unit.code(), row.line());
                if (first != null) {
                    problems.add(Cell.of(table, row, "code").problem("mã đơn vị \"" + unit.code()
                            + "\" trùng với dòng " + first + ". Mỗi đơn vị chỉ khai báo một lần."));
                } else {
                    units.put(unit.code(), unit);
                }
            });
        }
        checkParents(table, units, lines, problems);
        return List.copyOf(units.values());
    }

    private static Optional<Unit> unit(CsvTable table, CsvTable.Row row, Problems problems) {
        String code = cell(table, row, "code");
        String name = cell(table, row, "name");
        String kindText = cell(table, row, "kind");
        String parent = cell(table, row, "parent");
        int before = problems.size();
        if (code.isEmpty()) {
            problems.add(Cell.of(table, row, "code").problem("mã đơn vị trống. Hãy nhập mã của Cổng DVC, ví dụ H21.17."));
        }
        if (name.isEmpty()) {
            problems.add(Cell.of(table, row, "name").problem("tên đơn vị trống."));
        }
        tooLong(table, row, "code", code, MAX_CODE, problems);
        tooLong(table, row, "name", name, MAX_NAME, problems);
        Optional<Kind> kind = kind(kindText);
        if (kind.isEmpty()) {
            problems.add(Cell.of(table, row, "kind").problem("loại đơn vị \"" + Numbers.shorten(kindText)
                    + "\" không hợp lệ. Dùng PROVINCE, AGENCY, COMMUNE hoặc DISTRICT."));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (!COLUMNS.contains(table.header().get(i))) {
                extra.put(table.header().get(i), row.cells().get(i));
            }
        }
        return Optional.of(new Unit(code, name, kind.get(), Optional.of(parent).filter(p -> !p.isEmpty()), extra));
    }

    private static void tooLong(CsvTable table, CsvTable.Row row, String column, String text, int max,
                                Problems problems) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(Cell.of(table, row, column).problem("dài " + length + " ký tự, vượt giới hạn " + max
                    + " ký tự (\"" + Numbers.shorten(text) + "\"). Hãy kiểm tra ô này: có thể đã dán nhầm nội dung."));
        }
    }

    private static void checkParents(CsvTable table, Map<String, Unit> units, Map<String, Long> lines,
                                     Problems problems) {
        for (Unit unit : units.values()) {
            Cell at = new Cell(table.file(), lines.get(unit.code()), table.column("parent") + 1, "parent");
            if (unit.kind() == Kind.PROVINCE) {
                unit.parent().ifPresent(p -> problems.add(at.problem("một tỉnh không có đơn vị cha; hãy để trống cột"
                        + " parent của \"" + unit.code() + "\".")));
            } else if (unit.parent().isEmpty()) {
                problems.add(at.problem("đơn vị \"" + unit.code() + "\" thiếu mã tỉnh ở cột parent."));
            } else {
                Unit parent = units.get(unit.parent().get());
                if (parent == null || parent.kind() != Kind.PROVINCE) {
                    problems.add(at.problem("đơn vị cha \"" + Numbers.shorten(unit.parent().get())
                            + "\" không phải là một tỉnh trong units.csv. Hãy thêm dòng của tỉnh (kind PROVINCE)"
                            + " hoặc sửa mã."));
                }
            }
        }
    }

    private static Optional<Kind> kind(String text) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String cell(CsvTable table, CsvTable.Row row, String column) {
        return row.cells().get(table.column(column));
    }
}
