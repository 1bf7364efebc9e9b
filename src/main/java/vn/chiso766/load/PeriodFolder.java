package vn.chiso766.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Period;

/**
 * An optional folder of one file per period or snapshot (national/, sources/), named as
 * {@link PeriodFiles} reads them. A missing folder is nothing to read; a file with another name is an error.
 */
final class PeriodFolder {
    /** Reads one file of the folder, reporting its problems. */
    interface Reader<T> {
        Optional<T> read(Path path, String file, Period period, Problems problems);
    }

    private PeriodFolder() {
    }

    /**
     * @param what  what one file holds, for the error on a misnamed file
     * @param today the machine's day in Vietnam: a later snapshot is an error
     */
    static <T> List<T> read(Path folder, String extension, String what, LocalDate today, Problems problems,
                            Reader<T> reader) {
        List<T> out = new ArrayList<>();
        for (PeriodFiles.Entry entry : new PeriodFiles(folder, List.of(extension), what, extension, today, problems).list()) {
            reader.read(entry.path(), entry.path().toString(), entry.period(), problems).ifPresent(out::add);
        }
        return out;
    }
}
