package vn.chiso766.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.chiso766.Trees;
import vn.chiso766.render.pdf.PdfDocuments;
import vn.chiso766.score.Scorer;

/**
 * Arbitrary bytes as units.csv, a period file or publication.properties: loading either succeeds
 * (and the data then scores, and its PDFs are planned, reading the settings) or throws
 * LoadException with its problems; no other exception ever escapes.
 * In the normal test run the seeds under LoaderFuzzTestInputs/ (and every crash found so far)
 * are replayed; fuzzing for real, one target at a time:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest#periodFile -Djazzer.hooks=true -Djazzer.max_duration=10m}
 */
class LoaderFuzzTest {
    static final String UNITS = "code,name,kind,parent\nP,UBND tỉnh Mẫu,PROVINCE,\nS1,Sở Tư pháp,AGENCY,P\n";
    static final String PERIOD = "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,39,42,\nS1,CLGQ,,,6.68\n";
    private static Path folder;

    @FuzzTest(maxDuration = "60s")
    void unitsFile(byte[] bytes) throws IOException {
        loadOrLoadException(bytes, PERIOD.getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "60s")
    void periodFile(byte[] bytes) throws IOException {
        loadOrLoadException(UNITS.getBytes(StandardCharsets.UTF_8), bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void settingsFile(byte[] bytes) throws IOException {
        Path settings = folder().resolve(SettingsLoader.FILE);
        Files.write(settings, bytes);
        try {
            loadOrLoadException(UNITS.getBytes(StandardCharsets.UTF_8), PERIOD.getBytes(StandardCharsets.UTF_8));
        } finally {
            Files.delete(settings);
        }
    }

    private static void loadOrLoadException(byte[] units, byte[] period) throws IOException {
        Path dir = folder();
        Files.write(dir.resolve("units.csv"), units);
        Files.write(dir.resolve("scores/2026-09.csv"), period);
        try {
            PdfDocuments.of(Scorer.score(DataFolder.load(dir)), Integer.MAX_VALUE);
        } catch (LoadException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a LoadException always carries its problems");
            }
        }
    }

    /** One folder for all executions: fuzzing runs thousands per second. */
    private static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("chiso766-fuzz");
                Files.createDirectories(folder.resolve("scores"));
                Path dir = folder;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Trees.delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
