package vn.chiso766.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Responsibility;

/** Reads the optional responsibilities.csv: indicator, lead (required columns), support (optional, ';'-separated). */
final class ResponsibilitiesLoader {
    static final String FILE = "responsibilities.csv";
    private static final List<String> REQUIRED = List.of("indicator", "lead");
    private static final String HINT = FILE + " cần các cột indicator,lead (và có thể support).";

    private ResponsibilitiesLoader() {
    }

    static List<Responsibility> load(Path dir, Catalogue catalogue, Problems problems) {
        Path path = dir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        Optional<CsvTable> read = CsvTable.read(path, path.toString(), problems);
        if (read.isEmpty() || !read.get().require(REQUIRED, problems, HINT)) {
            return List.of();
        }
        CsvTable table = read.get();
        List<Responsibility> list = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String indicator = UnitsLoader.cell(table, row, "indicator");
            String lead = UnitsLoader.cell(table, row, "lead");
            int before = problems.size();
            if (!catalogue.knows(indicator)) {
                problems.add(Cell.of(table, row, "indicator").problem("\"" + Numbers.shorten(indicator) + "\" không"
                        + " phải mã chỉ số hay mã nhóm của bộ chỉ số. Hãy dùng mã như ON_TIME hoặc MDHL."));
            } else if (lines.containsKey(indicator)) {
                problems.add(Cell.of(table, row, "indicator").problem("chỉ số " + indicator + " đã có ở dòng "
                        + lines.get(indicator) + ". Mỗi chỉ số chỉ một đơn vị chủ trì; đơn vị khác ghi ở cột support."));
            }
            if (lead.isEmpty()) {
                problems.add(Cell.of(table, row, "lead").problem("đơn vị chủ trì trống. Hãy ghi mã đơn vị hoặc tên cơ"
                        + " quan, ví dụ Văn phòng UBND tỉnh."));
            }
            if (problems.size() == before) {
                lines.put(indicator, row.line());
                list.add(new Responsibility(indicator, lead, support(table, row)));
            }
        }
        return list;
    }

    private static List<String> support(CsvTable table, CsvTable.Row row) {
        if (table.column("support") < 0) {
            return List.of();
        }
        return Arrays.stream(UnitsLoader.cell(table, row, "support").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
