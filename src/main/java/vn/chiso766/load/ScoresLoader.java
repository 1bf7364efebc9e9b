package vn.chiso766.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.QualityNote;

/**
 * Reads one period file, long form (unit_code,indicator,numerator,denominator,score) or wide
 * form (unit_code plus a column per group or indicator code holding its score), from a CSV file
 * or the first sheet of an .xlsx workbook (read into the same table).
 */
final class ScoresLoader {
    static final List<String> LONG = List.of("unit_code", "indicator", "numerator", "denominator", "score");
    /** Optional columns of the long form: the portal's own note on the row. */
    static final String QUALITY_STATUS = "quality_status";
    static final String QUALITY_MESSAGE = "quality_message";

    private final CsvTable table;
    private final Predicate<String> knownUnit;
    private final Catalogue catalogue;
    private final Problems problems;
    private final Canonical canonical;
    private final Map<String, Long> seen = new HashMap<>();

    private ScoresLoader(CsvTable table, Predicate<String> knownUnit, Catalogue catalogue, Problems problems,
                         Canonical canonical) {
        this.table = table;
        this.canonical = canonical;
        this.knownUnit = knownUnit;
        this.catalogue = catalogue;
        this.problems = problems;
    }

    static Optional<PeriodData> load(Path path, String file, Period period, Predicate<String> knownUnit,
                                     Catalogue catalogue, Problems problems, Canonical canonical) {
        Optional<CsvTable> read = DataFolder.spreadsheet(path) ? SheetTable.read(path, file, problems)
                : CsvTable.read(path, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        CsvTable table = read.get();
        if (table.column("unit_code") < 0) {
            problems.add(Problem.ofLine(table.file(), table.headerLine(), "thiếu cột \"unit_code\". Dạng dài cần các cột "
                    + String.join(",", LONG) + "; dạng rộng cần unit_code và một cột cho mỗi mã nhóm hoặc chỉ số."));
            return Optional.empty();
        }
        if (table.rows().isEmpty()) {
            problems.add(Problem.ofFile(table.file(), "tệp chỉ có dòng tiêu đề, không có số liệu."));
            return Optional.empty();
        }
        ScoresLoader loader = new ScoresLoader(table, knownUnit, catalogue, problems, canonical);
        boolean isLong = table.column("indicator") >= 0;
        List<Observation> observations = isLong ? loader.readLong() : loader.readWide();
        return Optional.of(new PeriodData(period, file, observations));
    }

    private List<Observation> readLong() {
        List<Observation> out = new ArrayList<>();
        if (!table.require(LONG, problems, "Dạng dài cần các cột " + String.join(",", LONG) + ".")) {
            return out;
        }
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String unit = unit(row);
            String code = code(row, "indicator", cell(row, "indicator"));
            Optional<BigDecimal> numerator = number(row, "numerator");
            Optional<BigDecimal> denominator = number(row, "denominator");
            Optional<BigDecimal> score = number(row, "score");
            if (problems.size() == before && counts(row, code, numerator, denominator)) {
                unique(row, unit, code);
                out.add(new Observation(unit, code, numerator, denominator, score, source(row), quality(row)));
            }
        }
        return out;
    }

    private List<Observation> readWide() {
        List<Observation> out = new ArrayList<>();
        List<String> header = table.header();
        int before = problems.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!name.equals("unit_code") && !catalogue.knows(name)) {
                problems.add(new Problem(table.file(), table.headerLine(), i + 1, name, "mã \"" + Numbers.shorten(name)
                        + "\" không phải mã nhóm hay chỉ số trong danh mục. Dạng dài cần cột \"indicator\"."));
            }
        }
        if (problems.size() > before) {
            return out;
        }
        for (CsvTable.Row row : table.rows()) {
            before = problems.size();
            String unit = unit(row);
            for (String code : header) {
                if (!code.equals("unit_code")) {
                    Optional<BigDecimal> score = number(row, code);
                    if (problems.size() == before) {
                        unique(row, unit, code);
                        out.add(new Observation(unit, canonical.of(code), Optional.empty(), Optional.empty(), score, source(row)));
                    }
                }
            }
        }
        return out;
    }

    /** The portal's note from the optional quality_status and quality_message columns. */
    private Optional<QualityNote> quality(CsvTable.Row row) {
        String status = optionalCell(row, QUALITY_STATUS);
        String message = optionalCell(row, QUALITY_MESSAGE);
        if (status.isEmpty() && message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QualityNote(canonical.of(status), canonical.of(message)));
    }

    private String optionalCell(CsvTable.Row row, String column) {
        int at = table.column(column);
        return at < 0 ? "" : row.cells().get(at);
    }

    private String unit(CsvTable.Row row) {
        String unit = cell(row, "unit_code");
        if (unit.isEmpty()) {
            problems.add(Cell.of(table, row, "unit_code").problem("mã đơn vị trống."));
        } else if (!knownUnit.test(unit)) {
            problems.add(Cell.of(table, row, "unit_code").problem("đơn vị \"" + Numbers.shorten(unit)
                    + "\" không có trong units.csv. Hãy thêm đơn vị vào units.csv hoặc sửa mã."));
        }
        return canonical.of(unit);
    }

    private String code(CsvTable.Row row, String column, String code) {
        if (!catalogue.knows(code)) {
            problems.add(Cell.of(table, row, column).problem("mã \"" + Numbers.shorten(code) + "\" không có trong danh"
                    + " mục chỉ số (catalogue/indicators.csv) hay nhóm (catalogue/groups.csv)."));
        }
        return canonical.of(code);
    }

    private boolean counts(CsvTable.Row row, String code, Optional<BigDecimal> numerator,
                           Optional<BigDecimal> denominator) {
        if (numerator.isPresent() != denominator.isPresent()) {
            String missing = numerator.isEmpty() ? "numerator" : "denominator";
            problems.add(Cell.of(table, row, missing).problem("có tử số mà thiếu mẫu số (hoặc ngược lại). Hãy nhập cả"
                    + " hai, hoặc để trống cả hai và nhập điểm ở cột score."));
            return false;
        }
        if (numerator.isPresent() && catalogue.group(code).isPresent()) {
            problems.add(Cell.of(table, row, "numerator").problem("dòng của nhóm " + code + " chỉ nhận điểm ở cột score;"
                    + " tử số và mẫu số thuộc về các chỉ số thành phần."));
            return false;
        }
        if (numerator.isPresent() && numerator.get().compareTo(denominator.get()) > 0) {
            problems.add(Cell.of(table, row, "numerator").problem("tử số " + numerator.get().toPlainString()
                    + " lớn hơn mẫu số " + denominator.get().toPlainString() + ". Hãy kiểm tra lại số liệu."));
            return false;
        }
        return true;
    }

    private void unique(CsvTable.Row row, String unit, String code) {
        Long first = seen.putIfAbsent(unit + "\u0000" + code, row.line());
        if (first != null) {
            problems.add(Problem.ofLine(table.file(), row.line(), "đơn vị \"" + Numbers.shorten(unit) + "\", mã " + code
                    + " đã có ở dòng " + first + ". Mỗi đơn vị chỉ có một dòng cho mỗi chỉ số; hãy xóa dòng trùng."));
        }
    }

    private Optional<BigDecimal> number(CsvTable.Row row, String column) {
        return Numbers.read(cell(row, column), table.decimalComma(), Cell.of(table, row, column), problems)
                .map(canonical::of);
    }

    private String cell(CsvTable.Row row, String column) {
        return row.cells().get(table.column(column));
    }

    private Observation.Source source(CsvTable.Row row) {
        return new Observation.Source(table.file(), row.line());
    }
}
