package vn.chiso766.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Provenance;
import vn.chiso766.model.Responsibility;
import vn.chiso766.model.Settings;
import vn.chiso766.model.Target;
import vn.chiso766.model.Unit;

/**
 * The entry point of loading: reads a whole data folder (units.csv, catalogue/, scores/*.csv or *.xlsx,
 * publication.properties, and the optional national/*.csv, sources/*.properties, targets.csv and
 * responsibilities.csv) and returns a Dataset, or throws with every problem found.
 */
public final class DataFolder {
    public static final String UNITS = "units.csv";
    public static final String SCORES = "scores";
    /** Optional: the portal's national list of provinces per period (national/YYYY-MM.csv). */
    public static final String NATIONAL = "national";
    /** Optional: where each period's figures came from (sources/YYYY-MM.properties). */
    public static final String SOURCES = "sources";

    private DataFolder() {
    }

    public static Dataset load(Path dir) throws LoadException {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.ofFile(dir.toString(), "không tìm thấy thư mục dữ liệu. Hãy chỉ đường dẫn bằng --data."));
            problems.throwIfAny();
        }
        Catalogue catalogue = CatalogueLoader.load(dir, problems);
        int before = problems.size();
        List<Unit> units = loadUnits(dir, problems);
        Set<String> codes = units.stream().map(Unit::code).collect(Collectors.toSet());
        // With errors in units.csv the list is partial: judging score rows against it would only add noise.
        Predicate<String> knownUnit = problems.size() == before ? codes::contains : code -> true;
        Map<String, Unit> byCode = problems.size() == before ? units.stream()
                .collect(Collectors.toMap(Unit::code, u -> u)) : null;
        Set<String> provinces = units.stream().filter(u -> u.kind() == Kind.PROVINCE).map(Unit::code)
                .collect(Collectors.toSet());
        Predicate<String> knownProvince = problems.size() == before ? provinces::contains : code -> true;
        Settings settings = SettingsLoader.load(dir, knownProvince, problems);
        List<PeriodData> periods = periods(dir, knownUnit, catalogue, problems);
        List<NationalList> nationals = PeriodFolder.read(dir.resolve(NATIONAL), ".csv",
                "danh sách toàn quốc các tỉnh của một kỳ", problems, NationalLoader::load);
        List<Provenance> provenances = PeriodFolder.read(dir.resolve(SOURCES), ".properties",
                "nguồn số liệu của một kỳ", problems, SourcesLoader::load);
        List<Target> targets = TargetsLoader.load(dir, catalogue, byCode, problems);
        List<Responsibility> responsibilities = ResponsibilitiesLoader.load(dir, catalogue, problems);
        problems.throwIfAny();
        return new Dataset(units, catalogue, periods, settings, nationals, provenances)
                .with(targets, responsibilities);
    }

    /**
     * Reads the period files on all cores (national data: a million rows), each with its own list
     * of problems, reported in the order of the files as a single reader would.
     */
    private static List<PeriodData> periods(Path dir, Predicate<String> knownUnit, Catalogue catalogue,
                                            Problems problems) {
        record Slot(Path file, Optional<Period> period, Problems problems) {
        }
        List<Slot> slots = new ArrayList<>();
        java.util.Map<Period, Path> seen = new java.util.HashMap<>();
        for (Path file : periodFiles(dir, problems)) {
            Problems own = new Problems();
            Optional<Period> period = period(file, own);
            Path other = period.map(p -> seen.putIfAbsent(p, file)).orElse(null);
            if (other != null) {
                own.add(Problem.ofFile(file.toString(), spreadsheet(other) != spreadsheet(file)
                        ? "kỳ " + period.get() + " có cả tệp CSV và tệp Excel (" + other.getFileName() + ") trong " + SCORES
                                + "/. Mỗi kỳ chỉ một tệp: hãy giữ một tệp và xóa hoặc chuyển tệp kia ra khỏi thư mục."
                        : "kỳ " + period.get() + " đã có một tệp khác trong " + SCORES
                                + "/. Mỗi kỳ chỉ một tệp; hãy xóa tệp thừa."));
                period = Optional.empty();
            }
            slots.add(new Slot(file, period, own));
        }
        Canonical canonical = new Canonical();
        List<Optional<PeriodData>> read = slots.parallelStream().map(slot -> slot.period().flatMap(period ->
                ScoresLoader.load(slot.file(), slot.file().toString(), period, knownUnit, catalogue, slot.problems(),
                        canonical))).toList();
        slots.forEach(slot -> problems.addAll(slot.problems().list()));
        return read.stream().flatMap(Optional::stream).toList();
    }

    private static List<Unit> loadUnits(Path dir, Problems problems) {
        Path file = dir.resolve(UNITS);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.ofFile(file.toString(), "không có tệp danh sách đơn vị (code,name,kind,parent)."));
            return List.of();
        }
        return UnitsLoader.load(file, file.toString(), problems);
    }

    /**
     * The period a file's name gives; a file that is not YYYY-MM.csv or YYYY-MM.xlsx is reported,
     * never skipped silently.
     */
    private static Optional<Period> period(Path file, Problems problems) {
        String name = file.getFileName().toString();
        boolean data = periodFile(file);
        Optional<Period> period = data ? Period.parse(name.substring(0, name.lastIndexOf('.'))) : Optional.empty();
        if (period.isEmpty()) {
            problems.add(Problem.ofFile(file.toString(), (data ? "" : "không phải tệp CSV hay Excel (.xlsx). ")
                    + "Trong " + SCORES + "/ mỗi tệp là số liệu một kỳ, tên dạng YYYY-MM.csv hoặc YYYY-MM.xlsx (ví dụ"
                    + " 2026-09.csv). Hãy đổi tên tệp, lưu lại thành CSV UTF-8 hoặc Excel Workbook (.xlsx), hoặc"
                    + " chuyển tệp ra khỏi thư mục."));
        }
        return period;
    }

    /** True for an Excel workbook (.xlsx): a period's scores may be one, read from its first sheet. */
    static boolean spreadsheet(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static boolean periodFile(Path file) {
        return spreadsheet(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static List<Path> periodFiles(Path dir, Problems problems) {
        Path scores = dir.resolve(SCORES);
        List<Path> files = List.of();
        if (Files.isDirectory(scores)) {
            try (Stream<Path> list = Files.list(scores)) {
                files = list.filter(p -> !ignored(p.getFileName().toString()))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.ofFile(scores.toString(), "không đọc được thư mục (" + e.getMessage() + ")."));
            }
        }
        if (files.stream().noneMatch(DataFolder::periodFile)) {
            problems.add(Problem.ofFile(scores.toString(), "không có tệp số liệu nào. Mỗi kỳ là một tệp"
                    + " scores/YYYY-MM.csv (hoặc scores/YYYY-MM.xlsx)."));
        }
        return files;
    }

    /** Hidden files and office lock files (".~lock.2026-09.csv#", "~$2026-09.xlsx") are not data. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }
}
