package vn.chiso766.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.portal.Answer;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Importer;
import vn.chiso766.portal.Retrieval;
import vn.chiso766.publish.Folders;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Scorer;

/** Importing a national set of portal answers (the latest month of national sample data) into an empty folder, then again over it. */
final class Imports {
    /** Wall times of the runs, in order: the first includes the JVM's warm-up of the import code. */
    record Timing(List<Long> first, List<Long> again, int answers, long bytes) {
    }

    private Imports() {
    }

    static Timing national(Path country, Path work, int runs) throws IOException, LoadException {
        PeriodResult latest = Scorer.score(DataFolder.load(country)).latest();
        List<Answer> answers = PortalSet.of(latest);
        long bytes = answers.stream().mapToLong(a -> a.body().length).sum();
        List<Long> first = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = work.resolve("nhap-" + i);
            Folders.delete(data);
            Files.createDirectories(data);
            ImportRequest request = new ImportRequest(data, latest.period(), answers,
                    Retrieval.fromPortal("http://127.0.0.1", OffsetDateTime.parse("2026-11-05T08:15:00+07:00")), Map.of());
            first.add(timed(request));
            again.add(timed(request));
        }
        return new Timing(first, again, answers.size(), bytes);
    }

    private static long timed(ImportRequest request) {
        long start = System.nanoTime();
        try {
            Importer.run(request);
        } catch (ImportException e) {
            throw new IllegalStateException("the national answer set did not import: " + e.getMessage(), e);
        }
        return System.nanoTime() - start;
    }
}
