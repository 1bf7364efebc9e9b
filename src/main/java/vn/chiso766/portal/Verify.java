package vn.chiso766.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;

/**
 * Loads what an import is about to write, with the build's own loader, in a scratch folder: the
 * import never leaves a data folder that `build` would refuse.
 */
final class Verify {
    private Verify() {
    }

    static void loads(Path data, Map<String, byte[]> files, String period) throws ImportException {
        spreadsheetOfThePeriod(data, period);
        if (!files.containsKey("units.csv")) {
            return;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("chiso766-import-");
            Path catalogue = data.resolve("catalogue");
            if (Files.isDirectory(catalogue)) {
                copy(catalogue, scratch.resolve("catalogue"));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!file.getKey().startsWith("portal/")) {
                    Path target = scratch.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
            DataFolder.load(scratch);
        } catch (LoadException e) {
            String prefix = scratch.toString();
            throw new ImportException(e.problems().stream()
                    .map(p -> "Số liệu nhập kỳ " + period + " không đạt kiểm tra: "
                            + p.toString().replace(prefix, data.toString()))
                    .toList());
        } catch (IOException e) {
            throw new ImportException("Không tạo được thư mục tạm để kiểm tra số liệu nhập (" + e.getMessage() + ").");
        } finally {
            delete(scratch);
        }
    }

    /** The import writes the period as CSV: a workbook of the same period would make two files for it. */
    private static void spreadsheetOfThePeriod(Path data, String period) throws ImportException {
        Path scores = data.resolve(DataFolder.SCORES);
        if (!Files.isDirectory(scores)) {
            return;
        }
        try (Stream<Path> files = Files.list(scores)) {
            Optional<Path> workbook = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                    .equals(period + ".xlsx")).findFirst();
            if (workbook.isPresent()) {
                throw new ImportException(workbook.get() + ": kỳ " + period + " đã có số liệu dạng Excel. Số liệu nhập"
                        + " được ghi vào " + DataFolder.SCORES + "/" + period + ".csv, và mỗi kỳ chỉ một tệp: hãy chuyển"
                        + " tệp Excel ra khỏi thư mục " + DataFolder.SCORES + "/ rồi nhập lại. Chưa ghi gì.");
            }
        } catch (IOException e) {
            throw new ImportException("Không đọc được thư mục " + scores + " (" + e.getMessage() + ").");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover scratch folder in the temp directory harms nothing.
        }
    }
}
