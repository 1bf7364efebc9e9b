package vn.chiso766.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Rule;

/**
 * Reads the indicator catalogue from {@code catalogue/} in the data folder, or the Decision 766
 * defaults shipped in the jar (the same files as the sample data's) when the folder has none.
 */
final class CatalogueLoader {
    static final String FOLDER = "catalogue";

    private CatalogueLoader() {
    }

    static Catalogue load(Path dataDir, Problems problems) {
        List<Group> groups = groups(table(dataDir, "groups.csv", problems), problems);
        List<Indicator> indicators = indicators(table(dataDir, "indicators.csv", problems), groups, problems);
        List<Band> bands = bands(table(dataDir, "bands.csv", problems), problems);
        return new Catalogue(groups, indicators, bands);
    }

    private static Optional<CsvTable> table(Path dataDir, String name, Problems problems) {
        Path file = dataDir.resolve(FOLDER).resolve(name);
        if (Files.isRegularFile(file)) {
            return CsvTable.read(file, FOLDER + "/" + name, problems);
        }
        try (InputStream in = CatalogueLoader.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("default catalogue missing from the jar: " + name);
            }
            return CsvTable.read(in.readAllBytes(), FOLDER + "/" + name + " (mặc định)", problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Group> groups(Optional<CsvTable> read, Problems problems) {
        List<Group> groups = new ArrayList<>();
        if (read.isEmpty() || !read.get().require(List.of("code", "name", "max"), problems, "")) {
            return groups;
        }
        CsvTable t = read.get();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : t.rows()) {
            String code = text(t, row, "code", problems);
            Optional<BigDecimal> max = number(t, row, "max", problems);
            if (!code.isEmpty() && !codes.add(code)) {
                problems.add(Cell.of(t, row, "code").problem("nhóm \"" + code + "\" khai báo hai lần."));
            }
            max.ifPresent(m -> groups.add(new Group(code, text(t, row, "name", problems), m)));
        }
        return groups;
    }

    private static List<Indicator> indicators(Optional<CsvTable> read, List<Group> groups, Problems problems) {
        List<Indicator> indicators = new ArrayList<>();
        List<String> columns = List.of("code", "group", "name", "max", "rule", "threshold", "empty_denominator");
        if (read.isEmpty() || !read.get().require(columns, problems, "")) {
            return indicators;
        }
        CsvTable t = read.get();
        Set<String> codes = new HashSet<>(groups.stream().map(Group::code).toList());
        for (CsvTable.Row row : t.rows()) {
            String code = text(t, row, "code", problems);
            String group = text(t, row, "group", problems);
            if (!code.isEmpty() && !codes.add(code)) {
                problems.add(Cell.of(t, row, "code").problem("mã \"" + code + "\" đã dùng cho một nhóm hoặc chỉ số khác."));
            }
            if (groups.stream().noneMatch(g -> g.code().equals(group))) {
                problems.add(Cell.of(t, row, "group").problem("nhóm \"" + group + "\" không có trong groups.csv."));
            }
            Optional<BigDecimal> max = number(t, row, "max", problems);
            Optional<Rule> rule = rule(t, row, problems);
            boolean full = emptyDenominator(t, row, problems);
            if (max.isPresent() && rule.isPresent()) {
                indicators.add(new Indicator(code, group, text(t, row, "name", problems), max.get(), rule.get(), full));
            }
        }
        return indicators;
    }

    private static Optional<Rule> rule(CsvTable t, CsvTable.Row row, Problems problems) {
        String rule = UnitsLoader.cell(t, row, "rule");
        switch (rule) {
            case "linear":
                return Optional.of(new Rule.Linear());
            case "informational":
                return Optional.of(new Rule.Informational());
            case "tracked":
                return Optional.of(new Rule.Tracked());
            case "full_at":
                Optional<BigDecimal> percent = number(t, row, "threshold", problems);
                if (percent.isEmpty() || percent.get().signum() <= 0 || percent.get().compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(Cell.of(t, row, "threshold").problem("quy tắc full_at cần ngưỡng phần trăm từ 0 đến 100,"
                            + " ví dụ 80."));
                    return Optional.empty();
                }
                return Optional.of(new Rule.FullAt(percent.get().movePointLeft(2)));
            default:
                problems.add(Cell.of(t, row, "rule").problem("quy tắc \"" + Numbers.shorten(rule) + "\" không hợp lệ."
                        + " Dùng linear, full_at, informational hoặc tracked."));
                return Optional.empty();
        }
    }

    private static boolean emptyDenominator(CsvTable t, CsvTable.Row row, Problems problems) {
        String value = UnitsLoader.cell(t, row, "empty_denominator");
        if (!value.equals("full") && !value.equals("zero")) {
            problems.add(Cell.of(t, row, "empty_denominator").problem("dùng \"full\" (mẫu số 0 được điểm tối đa) hoặc"
                    + " \"zero\" (mẫu số 0 được 0 điểm)."));
        }
        return value.equals("full");
    }

    private static List<Band> bands(Optional<CsvTable> read, Problems problems) {
        List<Band> bands = new ArrayList<>();
        if (read.isEmpty() || !read.get().require(List.of("name", "min"), problems, "")) {
            return bands;
        }
        CsvTable t = read.get();
        for (CsvTable.Row row : t.rows()) {
            String name = text(t, row, "name", problems);
            number(t, row, "min", problems).ifPresent(min -> bands.add(new Band(name, min)));
        }
        if (bands.stream().noneMatch(b -> b.min().signum() == 0)) {
            problems.add(Problem.ofFile(t.file(), "cần một mức xếp loại có min = 0 (mức thấp nhất, ví dụ Yếu)."));
        }
        return bands;
    }

    private static String text(CsvTable t, CsvTable.Row row, String column, Problems problems) {
        String value = UnitsLoader.cell(t, row, column);
        if (value.isEmpty()) {
            problems.add(Cell.of(t, row, column).problem("ô trống; cột " + column + " là bắt buộc."));
        }
        return value;
    }

    private static Optional<BigDecimal> number(CsvTable t, CsvTable.Row row, String column, Problems problems) {
        String cell = UnitsLoader.cell(t, row, column);
        if (cell.isEmpty() && !column.equals("threshold")) {
            problems.add(Cell.of(t, row, column).problem("ô trống; cột " + column + " cần một số."));
        }
        return Numbers.read(cell, t.decimalComma(), Cell.of(t, row, column), problems);
    }
}
