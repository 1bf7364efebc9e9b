package vn.chiso766.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.Target;
import vn.chiso766.model.Unit;

/**
 * Reads the optional targets.csv: scope, indicator, target (required columns), from, until,
 * source (optional). A comma is always a decimal here (a target is one number: "95,5" quoted in a
 * comma file, or plain in a ';' file).
 */
final class TargetsLoader {
    static final String FILE = "targets.csv";
    private static final List<String> REQUIRED = List.of("scope", "indicator", "target");
    private static final String HINT = FILE + " cần các cột scope,indicator,target (và có thể from,until,source).";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetsLoader() {
    }

    /**
     * The targets, empty where the file is absent.
     *
     * @param units the units of units.csv; null where it had errors (scopes are then not judged)
     */
    static List<Target> load(Path dir, Catalogue catalogue, Map<String, Unit> units, Problems problems) {
        Path path = dir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        String file = path.toString();
        Optional<CsvTable> read = CsvTable.read(path, file, problems);
        if (read.isEmpty() || !read.get().require(REQUIRED, problems, HINT)) {
            return List.of();
        }
        CsvTable table = read.get();
        TargetRows rows = new TargetRows(table, catalogue, units, problems);
        List<Read> targets = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rows.target(row).ifPresent(target -> {
                duplicate(table, row, target, targets, problems);
                targets.add(new Read(target, row.line()));
            });
        }
        return targets.stream().map(Read::target).toList();
    }

    /** A target and the line it was read from. */
    private record Read(Target target, long line) {
    }

    /** A row whose (scope, indicator) has an earlier row with a month in common. */
    private static void duplicate(CsvTable table, CsvTable.Row row, Target target, List<Read> earlier,
                                  Problems problems) {
        earlier.stream()
                .filter(e -> e.target().scope().equals(target.scope())
                        && e.target().indicator().equals(target.indicator()) && e.target().overlaps(target))
                .map(Read::line).findFirst()
                .ifPresent(first -> problems.add(Cell.of(table, row, "indicator").problem("chỉ tiêu "
                        + target.indicator() + " cho \"" + target.scope() + "\" trùng thời gian với dòng " + first
                        + ". Mỗi đơn vị (hoặc loại đơn vị) chỉ có một chỉ tiêu cho một chỉ số trong cùng một kỳ:"
                        + " hãy xóa một dòng hoặc sửa from/until để hai khoảng thời gian không chồng nhau.")));
    }

    /** The checks of one row, with the table and what the rows are judged against. */
    private record TargetRows(CsvTable table, Catalogue catalogue, Map<String, Unit> units, Problems problems) {

        Optional<Target> target(CsvTable.Row row) {
            int before = problems.size();
            Optional<String> scope = scope(row);
            String indicator = cell(row, "indicator");
            indicator(row, indicator);
            Optional<BigDecimal> value = Numbers.read(cell(row, "target"), true, Cell.of(table, row, "target"),
                    problems);
            if (value.isEmpty() && cell(row, "target").isEmpty()) {
                problems.add(Cell.of(table, row, "target").problem("chỉ tiêu trống. Hãy nhập một số, ví dụ 95 hoặc 95,5."));
            }
            Optional<Period> from = period(row, "from");
            Optional<Period> until = period(row, "until");
            if (problems.size() > before) {
                return Optional.empty();
            }
            checkBounds(row, from, until);
            checkValue(row, indicator, value.get());
            checkPlaceScope(row, indicator, scope.get());
            return problems.size() > before ? Optional.empty() : Optional.of(new Target(scope.get(), indicator,
                    value.get(), from, until, optional(row, "source")));
        }

        private Optional<String> scope(CsvTable.Row row) {
            String scope = cell(row, "scope");
            if (scope.equals(Target.EVERY) || units == null || units.containsKey(scope)) {
                return Optional.of(scope);
            }
            for (Kind kind : Kind.values()) {
                if (kind.name().equalsIgnoreCase(scope)) {
                    return Optional.of(kind.name());
                }
            }
            problems.add(Cell.of(table, row, "scope").problem(scope.isEmpty() ? "phạm vi trống." : "\""
                    + Numbers.shorten(scope) + "\" không phải mã đơn vị trong units.csv, không phải loại đơn vị."
                    + " Hãy ghi mã đơn vị (ví dụ H21.17), một loại (PROVINCE, AGENCY, COMMUNE, DISTRICT) hoặc *"
                    + " cho mọi đơn vị."));
            return Optional.empty();
        }

        private void indicator(CsvTable.Row row, String indicator) {
            if (catalogue.knows(indicator) || indicator.equals(Target.TOTAL) || indicator.equals(Target.PLACE)) {
                return;
            }
            problems.add(Cell.of(table, row, "indicator").problem("\"" + Numbers.shorten(indicator) + "\" không phải"
                    + " mã chỉ số hay mã nhóm của bộ chỉ số, cũng không phải TOTAL (tổng điểm) hay PLACE (thứ hạng"
                    + " của tỉnh). Hãy dùng mã như ON_TIME, MDHL, TOTAL hoặc PLACE."));
        }

        /** A ratio is at most 100%, points at most the maximum, a place a whole number from 1. */
        private void checkValue(CsvTable.Row row, String indicator, BigDecimal value) {
            Cell at = Cell.of(table, row, "target");
            if (catalogue.indicator(indicator).isPresent() && value.compareTo(HUNDRED) > 0) {
                problems.add(at.problem("chỉ tiêu " + value.toPlainString() + "% vượt 100%. Chỉ tiêu của một chỉ số"
                        + " là tỷ lệ phần trăm, từ 0 đến 100."));
            }
            BigDecimal max = indicator.equals(Target.TOTAL) ? catalogue.maxTotal()
                    : catalogue.group(indicator).map(g -> g.max()).orElse(null);
            if (max != null && value.compareTo(max) > 0) {
                problems.add(at.problem("chỉ tiêu " + value.toPlainString() + " điểm vượt điểm tối đa "
                        + max.stripTrailingZeros().toPlainString() + " của " + indicator + ". Hãy sửa lại."));
            }
            if (indicator.equals(Target.PLACE) && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0)) {
                problems.add(at.problem("thứ hạng phải là số nguyên từ 1 trở lên (ví dụ 10: trong 10 tỉnh dẫn đầu)."));
            }
        }

        /** PLACE is the province's own place: a commune or agency has none. */
        private void checkPlaceScope(CsvTable.Row row, String indicator, String scope) {
            boolean province = scope.equals(Target.EVERY) || scope.equals(Kind.PROVINCE.name()) || units == null
                    || Optional.ofNullable(units.get(scope)).map(u -> u.kind() == Kind.PROVINCE).orElse(false);
            if (indicator.equals(Target.PLACE) && !province) {
                problems.add(Cell.of(table, row, "scope").problem("PLACE là thứ hạng của tỉnh trong cả nước: phạm vi"
                        + " phải là PROVINCE, mã của tỉnh hoặc *."));
            }
        }

        private Optional<Period> period(CsvTable.Row row, String column) {
            String text = optional(row, column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<Period> period = Period.parse(text);
            if (period.isEmpty()) {
                problems.add(Cell.of(table, row, column).problem("\"" + Numbers.shorten(text) + "\" không phải một kỳ."
                        + " Hãy ghi tháng (2026-10), quý (2026-Q3) hoặc năm (2026), hoặc để trống."));
            }
            return period;
        }

        private void checkBounds(CsvTable.Row row, Optional<Period> from, Optional<Period> until) {
            if (from.isPresent() && until.isPresent()
                    && from.get().firstMonth().isAfter(until.get().lastMonth())) {
                problems.add(Cell.of(table, row, "until").problem("kỳ kết thúc " + until.get() + " trước kỳ bắt đầu "
                        + from.get() + ". Hãy đổi chỗ hai kỳ hoặc sửa lại."));
            }
        }

        private String cell(CsvTable.Row row, String column) {
            return UnitsLoader.cell(table, row, column);
        }

        private String optional(CsvTable.Row row, String column) {
            return table.column(column) < 0 ? "" : cell(row, column);
        }
    }
}
