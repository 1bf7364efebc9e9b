package vn.chiso766.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.chiso766.model.Catalogue;

/** Single files of a data folder, read with the loader's checks, for steps that update the folder (import). */
public final class DataFiles {
    private DataFiles() {
    }

    /** A CSV file of the folder, strictly read, or empty when the file does not exist. */
    public static Optional<CsvTable> table(Path file) throws LoadException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<CsvTable> table = CsvTable.read(file, file.toString(), problems);
        problems.throwIfAny();
        return table;
    }

    /** The folder's catalogue, or the shipped Decision 766 default when it has none. */
    public static Catalogue catalogue(Path dir) throws LoadException {
        Problems problems = new Problems();
        Catalogue catalogue = CatalogueLoader.load(dir, problems);
        problems.throwIfAny();
        return catalogue;
    }
}
