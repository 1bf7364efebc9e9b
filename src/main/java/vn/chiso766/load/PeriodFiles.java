package vn.chiso766.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chiso766.model.Period;

/**
 * The files of a folder of periods (scores/, national/, sources/): a period's plain file
 * {@code <period>.<ext>} and its dated snapshots {@code <period>/<YYYY-MM-DD>.<ext>}. Every name is
 * checked: a misnamed file, a snapshot dated before its period or after today, and a second file
 * for one period or one day are problems, never skipped silently.
 */
final class PeriodFiles {
    /** One file and the period it holds (with the snapshot's date for a snapshot). */
    record Entry(Path path, Period period) {
    }

    private final Path folder;
    private final List<String> extensions;
    private final String what;
    private final String formats;
    private final LocalDate today;
    private final Problems problems;

    /**
     * @param extensions the accepted extensions, lower case with their dot (".csv")
     * @param what       what one file holds, for the error on a misnamed file
     * @param formats    the accepted formats in words ("CSV hay Excel (.xlsx)"), for a file of another format
     * @param today      the machine's day in Vietnam: a later snapshot is an error
     */
    PeriodFiles(Path folder, List<String> extensions, String what, String formats, LocalDate today,
                Problems problems) {
        this.folder = folder;
        this.extensions = extensions;
        this.what = what;
        this.formats = formats;
        this.today = today;
        this.problems = problems;
    }

    /** Every well-named file of the folder, plain files and snapshots, in name order. */
    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        Map<Period, Path> seen = new HashMap<>();
        for (Path path : children(folder)) {
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                Optional<Period> period = Period.parse(name);
                if (period.isEmpty()) {
                    problems.add(Problem.ofFile(path.toString(), "thư mục ảnh chụp số liệu phải mang tên một kỳ: "
                            + example("") + ". Hãy đổi tên thư mục hoặc chuyển nó ra khỏi " + folderName() + "/."));
                    continue;
                }
                children(path).forEach(file -> snapshot(file, period.get()).ifPresent(e -> add(e, seen, out)));
            } else {
                plain(path).ifPresent(e -> add(e, seen, out));
            }
        }
        return out;
    }

    private Optional<Entry> plain(Path path) {
        Optional<Period> period = stem(path).flatMap(Period::parse);
        if (period.isEmpty()) {
            problems.add(Problem.ofFile(path.toString(), (stem(path).isEmpty() ? "không phải tệp " + formats + ". " : "")
                    + "Trong " + folderName() + "/ mỗi tệp là " + what + ", tên dạng " + example("") + "; ảnh chụp"
                    + " số liệu theo ngày nằm trong thư mục của kỳ, ví dụ 2026/2026-10-05" + extensions.get(0)
                    + ". Hãy đổi tên tệp" + (extensions.size() > 1 ? ", lưu lại thành CSV UTF-8 hoặc Excel Workbook"
                    + " (.xlsx)," : "") + " hoặc chuyển tệp ra khỏi thư mục."));
        }
        return period.map(p -> new Entry(path, p));
    }

    private Optional<Entry> snapshot(Path path, Period period) {
        Optional<LocalDate> date = Files.isRegularFile(path) ? stem(path).flatMap(Period::parseDate) : Optional.empty();
        String file = path.toString();
        if (date.isEmpty()) {
            problems.add(Problem.ofFile(file, "trong thư mục " + period + "/ mỗi tệp là ảnh chụp số liệu của kỳ "
                    + period + " vào một ngày, tên dạng YYYY-MM-DD" + extensions.get(0) + " (năm-tháng-ngày, ví dụ "
                    + sampleDay(period) + extensions.get(0) + "). Hãy đổi tên tệp hoặc chuyển tệp ra khỏi thư mục."));
            return Optional.empty();
        }
        if (date.get().isBefore(period.firstDay())) {
            problems.add(Problem.ofFile(file, "ảnh chụp ngày " + date.get() + " có trước ngày đầu kỳ " + period + " ("
                    + period.firstDay() + "): số liệu của một kỳ chỉ có từ ngày đầu kỳ. Hãy kiểm tra ngày trong tên"
                    + " tệp hoặc chuyển tệp vào thư mục của đúng kỳ."));
            return Optional.empty();
        }
        if (date.get().isAfter(today)) {
            problems.add(Problem.ofFile(file, "ảnh chụp ngày " + date.get() + " ở tương lai (hôm nay là " + today
                    + " theo giờ Việt Nam). Hãy kiểm tra ngày trong tên tệp và đồng hồ của máy."));
            return Optional.empty();
        }
        return Optional.of(new Entry(path, period.at(date.get())));
    }

    private void add(Entry entry, Map<Period, Path> seen, List<Entry> out) {
        Path other = seen.putIfAbsent(entry.period(), entry.path());
        if (other == null) {
            out.add(entry);
            return;
        }
        Period p = entry.period();
        String which = p.snapshot() == null ? "kỳ " + p : "ngày " + p.snapshot() + " của kỳ " + p;
        String rule = p.snapshot() == null ? "Mỗi kỳ chỉ một tệp" : "Mỗi ngày chỉ một ảnh chụp";
        boolean formatsDiffer = !extension(other).equals(extension(entry.path()));
        problems.add(Problem.ofFile(entry.path().toString(), formatsDiffer
                ? which + " có cả tệp CSV và tệp Excel (" + other.getFileName() + ") trong " + folderName() + "/. "
                        + rule + ": hãy giữ một tệp và xóa hoặc chuyển tệp kia ra khỏi thư mục."
                : which + " đã có một tệp khác (" + other.getFileName() + ") trong " + folderName() + "/. " + rule
                        + "; hãy xóa tệp thừa."));
    }

    /** The name without an accepted extension, or empty where the extension is not one of them. */
    private Optional<String> stem(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return extensions.stream().filter(lower::endsWith).findFirst()
                .map(ext -> name.substring(0, name.length() - ext.length()));
    }

    private String example(String prefix) {
        String ext = extensions.get(0);
        return prefix + "YYYY-MM" + ext + " (tháng), YYYY-Qn" + ext + " (quý) hoặc YYYY" + ext
                + " (năm), ví dụ 2026-09" + ext + ", 2026-Q3" + ext + ", 2026" + ext;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private String folderName() {
        return folder.getFileName().toString();
    }

    private static LocalDate sampleDay(Period period) {
        return period.firstDay().plusDays(4);
    }

    private List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !DataFolder.ignored(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.ofFile(dir.toString(), "không đọc được thư mục (" + e.getMessage() + ")."));
            return List.of();
        }
    }
}
