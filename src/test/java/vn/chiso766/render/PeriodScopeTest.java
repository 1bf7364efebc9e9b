package vn.chiso766.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.load.DataDigest;
import vn.chiso766.load.DataFolder;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;
import vn.chiso766.score.Scorer;

/**
 * What the scope shortcut of a build relies on: a period's documents are made from no later
 * period's data, so when a new month arrives every earlier document keeps its scope and its
 * fingerprint. A page that one day showed something of a later month (a link to the next
 * period, a revision note) would fail here rather than be published stale.
 */
class PeriodScopeTest {
    @TempDir
    Path tmp;

    @Test
    void aNewMonthLeavesEveryEarlierDocumentsScopeAndFingerprint_sample() throws Exception {
        Path data = tmp.resolve("mau");
        Sample.write(new SampleOptions(1, 4, 10, 4, YearMonth.of(2026, 10), 766), data);
        assertEarlierDocumentsUnchanged(data, "2026-10", 3 * 20);
    }

    @Test
    void aNewMonthLeavesEveryEarlierDocumentsScopeAndFingerprint_withNationalListsAndSources() throws Exception {
        assertEarlierDocumentsUnchanged(TestData.GIA_LAI_NATIONAL, "2026-10", 20);
    }

    @Test
    void aRevisedMonthChangesItsScopeAndThoseOfTheMonthsAfterIt_notThoseBefore() throws Exception {
        Path data = tmp.resolve("mau");
        Sample.write(new SampleOptions(1, 2, 3, 4, YearMonth.of(2026, 10), 766), data);
        Map<String, Document> before = documents(data);
        Path august = data.resolve("scores/2026-08.csv");
        Files.writeString(august, Files.readString(august) + "\n");
        Map<String, Document> after = documents(data);
        assertEquals(scope(before, "2026-07"), scope(after, "2026-07"));
        for (String month : new String[] {"2026-08", "2026-09", "2026-10"}) {
            assertNotEquals(scope(before, month), scope(after, month), month);
        }
        assertFalse(scope(before, "2026-07").isEmpty());
    }

    private static String scope(Map<String, Document> documents, String month) {
        return documents.get(month + "/index.html").scope();
    }

    /** Builds the documents with and without {@code month}; the earlier ones must agree. */
    private void assertEarlierDocumentsUnchanged(Path data, String month, int atLeast) throws Exception {
        Path previous = TestData.withoutMonth(data, tmp.resolve("thang-truoc"), month);
        Map<String, Document> before = documents(previous);
        Map<String, Document> after = documents(data);
        int compared = 0;
        for (Document old : before.values()) {
            Document now = after.get(old.path());
            if (old.path().matches("\\d{4}-\\d{2}/.*")) {
                assertTrue(now != null && !now.scope().isEmpty(), old.path() + " keeps a scope");
                assertEquals(old.scope(), now.scope(), old.path() + ": a later month changed its scope");
                assertEquals(old.prepare().fingerprint(), now.prepare().fingerprint(), old.path()
                        + " shows something of a later month: its scope would reuse it stale");
                compared++;
            }
        }
        assertTrue(compared >= atLeast, "compared " + compared + " documents");
    }

    private static Map<String, Document> documents(Path data) throws Exception {
        var results = Scorer.score(DataFolder.load(data));
        Map<String, Document> byPath = new LinkedHashMap<>();
        Publication.documents(results, Integer.MAX_VALUE, DataDigest.of(data)::upTo)
                .forEach(d -> byPath.put(d.path(), d));
        return byPath;
    }
}
