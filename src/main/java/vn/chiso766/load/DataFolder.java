package vn.chiso766.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
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

    /** Vietnam time: a snapshot's day and "today" are the portal's days. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static Dataset load(Path dir) throws LoadException {
        return load(dir, LocalDate.now(VIETNAM));
    }

    /** @param today the day a snapshot may not be later than */
    public static Dataset load(Path dir, LocalDate today) throws LoadException {
        return load(dir, today, Optional.empty());
    }

    /**
     * @param digest the folder's digest, just taken: the snapshot cache finds its entries by the files'
     *               hashes in it rather than hashing every file again
     */
    public static Dataset load(Path dir, DataDigest digest) throws LoadException {
        return load(dir, LocalDate.now(VIETNAM), Optional.of(digest));
    }

    private static Dataset load(Path dir, LocalDate today, Optional<DataDigest> digest) throws LoadException {
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
        List<PeriodData> periods = periods(dir, today, knownUnit, catalogue, digest, problems);
        List<NationalList> nationals = PeriodFolder.read(dir.resolve(NATIONAL), ".csv",
                "danh sách toàn quốc các tỉnh của một kỳ", today, problems, NationalLoader::load);
        List<Provenance> provenances = PeriodFolder.read(dir.resolve(SOURCES), ".properties",
                "nguồn số liệu của một kỳ", today, problems, SourcesLoader::load);
        List<Target> targets = TargetsLoader.load(dir, catalogue, byCode, problems);
        List<Responsibility> responsibilities = ResponsibilitiesLoader.load(dir, catalogue, problems);
        problems.throwIfAny();
        return Dataset.of(units, catalogue, periods, settings, nationals, provenances)
                .with(targets, responsibilities);
    }

    /**
     * Reads the period files and snapshots on all cores (national data: a million rows), each with
     * its own list of problems, reported in the order of the files as a single reader would.
     */
    private static List<PeriodData> periods(Path dir, LocalDate today, Predicate<String> knownUnit,
                                            Catalogue catalogue, Optional<DataDigest> digest, Problems problems) {
        Path scores = dir.resolve(SCORES);
        Problems listing = new Problems();
        List<PeriodFiles.Entry> entries = new PeriodFiles(scores, List.of(".csv", ".xlsx"),
                "số liệu một kỳ", "CSV hay Excel (.xlsx)", today, listing).list();
        if (entries.isEmpty() && listing.size() == 0) {
            listing.add(Problem.ofFile(scores.toString(), "không có tệp số liệu nào. Mỗi kỳ là một tệp"
                    + " scores/YYYY-MM.csv (hoặc scores/YYYY-MM.xlsx, quý YYYY-Qn, năm YYYY), hoặc các ảnh chụp theo"
                    + " ngày scores/<kỳ>/YYYY-MM-DD.csv."));
        }
        List<Problems> own = entries.stream().map(e -> new Problems()).toList();
        Canonical canonical = new Canonical();
        SnapshotCache cache = entries.stream().anyMatch(e -> e.period().snapshot() != null)
                ? SnapshotCache.forData(dir) : new SnapshotCache(Optional.empty(), new byte[0]);
        Function<Path, Optional<byte[]>> hashes = path -> digest.flatMap(d -> d.hash(
                dir.relativize(path).toString().replace('\\', '/')));
        List<Optional<PeriodData>> read = IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> read(entries.get(i), knownUnit, catalogue, own.get(i), canonical, cache, hashes)).toList();
        List<Problem> all = new ArrayList<>(listing.list());
        own.forEach(p -> all.addAll(p.list()));
        all.sort(Comparator.comparing(Problem::file)); // stable: each file's own order kept
        problems.addAll(all);
        return read.stream().flatMap(Optional::stream).toList();
    }

    /** A period file, or a snapshot through the cache of snapshots read before (a year of days is a million rows). */
    private static Optional<PeriodData> read(PeriodFiles.Entry entry, Predicate<String> knownUnit, Catalogue catalogue,
                                             Problems problems, Canonical canonical, SnapshotCache cache,
                                             Function<Path, Optional<byte[]>> hashes) {
        String file = entry.path().toString();
        Supplier<Optional<PeriodData>> read = () -> ScoresLoader.load(entry.path(), file,
                entry.period(), knownUnit, catalogue, problems, canonical);
        return entry.period().snapshot() == null ? read.get()
                : cache.load(entry.path(), file, entry.period(), problems, canonical, hashes.apply(entry.path()), read);
    }

    private static List<Unit> loadUnits(Path dir, Problems problems) {
        Path file = dir.resolve(UNITS);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.ofFile(file.toString(), "không có tệp danh sách đơn vị (code,name,kind,parent)."));
            return List.of();
        }
        return UnitsLoader.load(file, file.toString(), problems);
    }

    /** True for an Excel workbook (.xlsx): a period's scores may be one, read from its first sheet. */
    static boolean spreadsheet(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Hidden files and office lock files (".~lock.2026-09.csv#", "~$2026-09.xlsx") are not data. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }
}
