package vn.chiso766.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.chiso766.model.Period;

/**
 * An optional folder of one file per period, named YYYY-MM plus an extension (national/,
 * sources/). A missing folder is nothing to read; a file with another name is an error.
 */
final class PeriodFolder {
    /** Reads one file of the folder, reporting its problems. */
    interface Reader<T> {
        Optional<T> read(Path path, String file, Period period, Problems problems);
    }

    private PeriodFolder() {
    }

    /** @param what what one file holds, for the error on a misnamed file */
    static <T> List<T> read(Path folder, String extension, String what, Problems problems, Reader<T> reader) {
        List<T> out = new ArrayList<>();
        Set<Period> seen = new HashSet<>();
        for (Path path : files(folder, problems)) {
            String file = path.toString();
            Optional<Period> period = period(path, extension, what, problems);
            if (period.isEmpty()) {
                continue;
            }
            if (!seen.add(period.get())) {
                problems.add(Problem.ofFile(file, "kỳ " + period.get() + " đã có một tệp khác trong "
                        + folder.getFileName() + "/. Mỗi kỳ chỉ một tệp; hãy xóa tệp thừa."));
                continue;
            }
            reader.read(path, file, period.get(), problems).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Period> period(Path path, String extension, String what, Problems problems) {
        String name = path.getFileName().toString();
        boolean matches = name.toLowerCase(Locale.ROOT).endsWith(extension);
        Optional<Period> period = matches ? Period.parse(name.substring(0, name.length() - extension.length()))
                : Optional.empty();
        if (period.isEmpty()) {
            String folder = path.getParent().getFileName().toString();
            problems.add(Problem.ofFile(path.toString(), "Trong " + folder + "/ mỗi tệp là " + what + ", tên dạng YYYY-MM"
                    + extension + " (ví dụ 2026-09" + extension + "). Hãy đổi tên tệp hoặc chuyển tệp ra khỏi thư mục."));
        }
        return period;
    }

    private static List<Path> files(Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !DataFolder.ignored(p.getFileName().toString()))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.ofFile(folder.toString(), "không đọc được thư mục (" + e.getMessage() + ")."));
            return List.of();
        }
    }
}
