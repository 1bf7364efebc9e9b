package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.Observation;
import vn.chiso766.model.PeriodData;

/** The cache of snapshot rows: the same rows as a fresh read, never for a changed file or one with a problem. */
class SnapshotCacheTest {
    private static final Period DAY = Period.year(2026).at(LocalDate.of(2026, 10, 10));

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    private Optional<PeriodData> load(SnapshotCache cache, Path file, Problems problems) {
        Catalogue catalogue = CatalogueLoader.load(dir.resolve("none"), new Problems());
        Supplier<Optional<PeriodData>> read = () -> {
            reads.incrementAndGet();
            return ScoresLoader.load(file, file.toString(), DAY, code -> !code.equals("UNKNOWN"), catalogue, problems,
                    new Canonical());
        };
        return cache.load(file, file.toString(), DAY, problems, new Canonical(), Optional.empty(), read);
    }

    private Path snapshot(String text) throws Exception {
        Path file = dir.resolve("2026-10-10.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aCleanFileIsReadOnceAndThenComesFromTheCacheUnchanged() throws Exception {
        SnapshotCache cache = new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1});
        Path file = snapshot("unit_code,indicator,numerator,denominator,score,quality_status,quality_message\n"
                + "S1,ON_TIME,39,42,,,\nS1,CLGQ,,,6.68,TEMP,Mẫu số tạm\nS2,ON_TIME,1,3,,,\n");
        PeriodData fresh = load(cache, file, new Problems()).orElseThrow();
        PeriodData cached = load(cache, file, new Problems()).orElseThrow();
        assertEquals(1, reads.get(), "the second load comes from the cache");
        assertEquals(fresh, cached);
        assertEquals(3, cached.observations().size());
        assertEquals(load(new SnapshotCache(Optional.empty(), new byte[0]), file, new Problems()).orElseThrow()
                .observations(), cached.observations(), "the rows a plain read gives, line numbers and notes included");
    }

    @Test
    void anyNumberComesBackExactly() throws Exception {
        SnapshotCache cache = new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1});
        Path file = snapshot("unit_code,indicator,numerator,denominator,score\n"
                + "S1,ON_TIME,0,123456789012345678901234567890,\nS1,CLGQ,,,6.680\nS2,ON_TIME,1000000,3000000,\n");
        Problems problems = new Problems();
        load(cache, file, problems);
        assertEquals(List.of(), problems.list());
        List<Observation> rows = load(cache, file, new Problems()).orElseThrow().observations();
        assertEquals(1, reads.get());
        assertEquals("123456789012345678901234567890", rows.get(0).denominator().orElseThrow().toPlainString());
        assertEquals("6.680", rows.get(1).score().orElseThrow().toPlainString(), "the scale as written");
        assertEquals("1000000", rows.get(2).numerator().orElseThrow().toPlainString());
        assertEquals(List.of(2L, 3L, 4L), rows.stream().map(o -> o.source().line()).toList());
    }

    @Test
    void aChangedFileOrContextIsReadAgain() throws Exception {
        Path file = snapshot("unit_code,CKMB\nS1,10\n");
        load(new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1}), file, new Problems());
        snapshot("unit_code,CKMB\nS1,11\n");
        PeriodData changed = load(new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1}), file,
                new Problems()).orElseThrow();
        assertEquals("11", changed.observations().get(0).score().orElseThrow().toPlainString());
        load(new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {2}), file, new Problems());
        assertEquals(3, reads.get(), "another unit list or catalogue is another key");
    }

    @Test
    void aFileWithAProblemIsNeverCachedAndReportsItEveryTime() throws Exception {
        SnapshotCache cache = new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1});
        Path file = snapshot("unit_code,CKMB\nUNKNOWN,10\n");
        for (int i = 0; i < 2; i++) {
            Problems problems = new Problems();
            load(cache, file, problems);
            assertTrue(problems.size() > 0);
        }
        assertEquals(2, reads.get());
    }

    @Test
    void aDamagedEntryIsReadAgainFromItsFile() throws Exception {
        SnapshotCache cache = new SnapshotCache(Optional.of(dir.resolve("cache")), new byte[] {1});
        Path file = snapshot("unit_code,CKMB\nS1,10\n");
        load(cache, file, new Problems());
        try (var entries = Files.list(dir.resolve("cache"))) {
            for (Path entry : entries.toList()) {
                Files.write(entry, new byte[] {0, 0, 0, 1, 0, 0, 0, 9});
            }
        }
        assertEquals(List.of("10"), load(cache, file, new Problems()).orElseThrow().observations().stream()
                .map(o -> o.score().orElseThrow().toPlainString()).toList());
        assertEquals(2, reads.get());
    }

    private static Path onlyEntry(Path cache) throws Exception {
        try (var entries = Files.list(cache)) {
            List<Path> all = entries.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static void age(Path file, int days) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(days))));
    }

    @Test
    void entriesUnusedForTwoMonthsGoWhenNewOnesAreWritten_usedOnesStay() throws Exception {
        Path folder = dir.resolve("cache");
        Path used = snapshot("unit_code,CKMB\nS1,10\n");
        load(new SnapshotCache(Optional.of(folder), new byte[] {1}), used, new Problems());
        Path entry = onlyEntry(folder);
        Path older = Files.write(folder.resolve("0ld.bin"), new byte[] {1, 2, 3}); // another program's entry
        Path part = Files.write(folder.resolve("entry1.part"), new byte[] {1}); // an interrupted write
        Path recent = Files.write(folder.resolve("r3cent.bin"), new byte[] {1});
        for (Path file : List.of(entry, older, part)) {
            age(file, 100);
        }
        age(recent, 30);

        SnapshotCache next = new SnapshotCache(Optional.of(folder), new byte[] {1});
        load(next, used, new Problems()); // used again: touched
        assertEquals(1, reads.get(), "from the cache");
        Path fresh = dir.resolve("other.csv");
        Files.writeString(fresh, "unit_code,CKMB\nS1,11\n");
        load(next, fresh, new Problems()); // a new entry: the run prunes

        assertTrue(Files.exists(entry), "used in this run");
        assertTrue(Files.exists(recent), "unused for a month only");
        assertFalse(Files.exists(older));
        assertFalse(Files.exists(part));
        try (var entries = Files.list(folder)) {
            assertEquals(3, entries.count(), "the used, the recent and the new entry");
        }
    }
}
