package vn.chiso766.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Settings;
import vn.chiso766.model.Unit;

/**
 * The entry point of loading: reads a whole data folder (units.csv, catalogue/, scores/*.csv,
 * publication.properties) and returns a Dataset, or throws with every problem found.
 */
public final class DataFolder {
    public static final String UNITS = "units.csv";
    public static final String SCORES = "scores";

    private DataFolder() {
    }

    public static Dataset load(Path dir) throws LoadException {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.ofFile(dir.toString(), "không tìm thấy thư mục dữ liệu. Hãy chỉ đường dẫn bằng --data."));
            problems.throwIfAny();
        }
        Catalogue catalogue = CatalogueLoader.load(dir, problems);
        List<Unit> units = loadUnits(dir, problems);
        Settings settings = SettingsLoader.load(dir, problems);
        Set<String> codes = units.stream().map(Unit::code).collect(Collectors.toSet());
        List<PeriodData> periods = new ArrayList<>();
        for (Path file : periodFiles(dir, problems)) {
            String name = file.getFileName().toString();
            Optional<Period> period = Period.parse(name.substring(0, name.length() - ".csv".length()));
            if (period.isEmpty()) {
                problems.add(Problem.ofFile(file.toString(), "tên tệp phải là kỳ dạng YYYY-MM.csv, ví dụ 2026-09.csv."));
                continue;
            }
            ScoresLoader.load(file, file.toString(), period.get(), codes, catalogue, problems).ifPresent(periods::add);
        }
        problems.throwIfAny();
        return new Dataset(units, catalogue, periods, settings);
    }

    /**
     * A digest of every file of the data folder (names and bytes): equal digests mean the same
     * data, so an earlier publication made from it is still right.
     */
    public static String digest(Path dir) throws java.io.IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static List<Unit> loadUnits(Path dir, Problems problems) {
        Path file = dir.resolve(UNITS);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.ofFile(file.toString(), "không có tệp danh sách đơn vị (code,name,kind,parent)."));
            return List.of();
        }
        return UnitsLoader.load(file, file.toString(), problems);
    }

    private static List<Path> periodFiles(Path dir, Problems problems) {
        Path scores = dir.resolve(SCORES);
        List<Path> files = List.of();
        if (Files.isDirectory(scores)) {
            try (Stream<Path> list = Files.list(scores)) {
                files = list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.ofFile(scores.toString(), "không đọc được thư mục (" + e.getMessage() + ")."));
            }
        }
        if (files.isEmpty()) {
            problems.add(Problem.ofFile(scores.toString(), "không có tệp số liệu nào. Mỗi kỳ là một tệp"
                    + " scores/YYYY-MM.csv."));
        }
        return files;
    }
}
