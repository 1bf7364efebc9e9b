package vn.chiso766.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.model.Period;

/**
 * Loads what an import is about to write, with the build's own loader, in a scratch folder: the
 * import never leaves a data folder that `build` would refuse. A snapshot's files are checked there
 * under the period's plain names: their content has the same form, and their date (the portal's
 * clock, which may be a few seconds ahead of the machine's at midnight) is not the loader's to judge.
 */
final class Verify {
    private Verify() {
    }

    static void loads(Path data, Map<String, byte[]> files, Period period) throws ImportException {
        spreadsheetOfThePeriod(data, period);
        if (!files.containsKey("units.csv")) {
            return;
        }
        Path scratch = null;
        Map<String, String> names = new LinkedHashMap<>();
        try {
            scratch = Files.createTempDirectory("chiso766-import-");
            Path catalogue = data.resolve("catalogue");
            if (Files.isDirectory(catalogue)) {
                copy(catalogue, scratch.resolve("catalogue"));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!file.getKey().startsWith("portal/")) {
                    Path target = scratch.resolve(plain(file.getKey(), period));
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                    names.put(target.toString(), data.resolve(file.getKey()).toString());
                }
            }
            DataFolder.load(scratch);
        } catch (LoadException e) {
            names.put(scratch.toString(), data.toString());
            throw new ImportException(e.problems().stream()
                    .map(p -> "Số liệu nhập kỳ " + PeriodPaths.label(period) + " không đạt kiểm tra: "
                            + real(p.toString(), names))
                    .toList());
        } catch (IOException e) {
            throw new ImportException("Không tạo được thư mục tạm để kiểm tra số liệu nhập (" + e.getMessage() + ").");
        } finally {
            delete(scratch);
        }
    }

    /** "scores/2026/2026-10-10.csv" → "scores/2026.csv"; a plain file's name unchanged. */
    private static String plain(String file, Period period) {
        return file.replace(PeriodPaths.of("", period, ""), PeriodPaths.of("", period.plain(), ""));
    }

    /** A problem's text naming the files the import writes, not their copies in the scratch folder. */
    private static String real(String problem, Map<String, String> names) {
        String text = problem;
        for (Map.Entry<String, String> name : names.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }

    /** The import writes the period as CSV: a workbook of the same period (or day) would make two files for it. */
    private static void spreadsheetOfThePeriod(Path data, Period period) throws ImportException {
        String csv = PeriodPaths.of(DataFolder.SCORES, period, ".csv");
        Path wanted = data.resolve(PeriodPaths.of(DataFolder.SCORES, period, ".xlsx"));
        Path folder = wanted.getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> workbook = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                    .equals(wanted.getFileName().toString())).findFirst();
            if (workbook.isPresent()) {
                throw new ImportException(workbook.get() + ": kỳ " + PeriodPaths.label(period) + " đã có số liệu dạng"
                        + " Excel. Số liệu nhập được ghi vào " + csv + ", và mỗi kỳ chỉ một tệp: hãy chuyển tệp Excel ra"
                        + " khỏi thư mục " + folder.getFileName() + "/ rồi nhập lại. Chưa ghi gì.");
            }
        } catch (IOException e) {
            throw new ImportException("Không đọc được thư mục " + folder + " (" + e.getMessage() + ").");
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
