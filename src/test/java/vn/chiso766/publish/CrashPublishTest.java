package vn.chiso766.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.ChildBuild;
import vn.chiso766.TestData;
import vn.chiso766.Trees;
import vn.chiso766.cli.Main;

/**
 * A real build in a child JVM, killed with SIGKILL at many moments over an existing publication.
 * After every kill the output folder is exactly the old publication or exactly the new one:
 * never partial, never missing. The next run leaves no staging or old folder behind.
 */
class CrashPublishTest {
    /** Tiny: a build with pages and PDFs takes tens of seconds on a busy machine even so. */
    private static final int UNITS = 4;

    @TempDir
    Path tmp;

    @Test
    void buildKilledAtAnyMoment_leavesTheOldOrTheNewPublicationWholeAndTheNextRunCleansUp() throws Exception {
        Path newData = generate(tmp.resolve("new-data"), 2);
        Path oldOut = tmp.resolve("ref-old");
        assertEquals(0, Main.run("build", "--data", generate(tmp.resolve("old-data"), 1).toString(),
                "--out", oldOut.toString()));
        Map<String, byte[]> before = Trees.snapshot(oldOut);
        long start = System.nanoTime();
        assertEquals(0, ChildBuild.start(newData, tmp.resolve("ref-new")).waitFor());
        long full = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> after = Trees.snapshot(tmp.resolve("ref-new"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("site");

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            restore(out, oldOut);
            Process child = ChildBuild.start(newData, out);
            Path staging = work.resolve(".site.tmp-" + child.pid());
            if (i < 1) {
                Thread.sleep(full / 4); // JVM start, loading, scoring
            } else if (i < 5) {
                await(staging, child);
                Thread.sleep(full * (i - 1) / 5); // spread over rendering and writing the staging folder
            } else if (i < 7) {
                await(staging.resolve(Publisher.MARKER), child); // written last, just before the swap
                Thread.sleep(i - 5L);
            } else {
                Thread.sleep(full); // about when the build ends
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Map<String, byte[]> now = Trees.snapshot(out);
            boolean old = Trees.same(before, now);
            assertTrue(old || Trees.same(after, now), "kill " + i + ": the output is the old or the new"
                    + " publication, whole, never partial or missing; files " + now.keySet());
            outcomes.add(old ? "old" : "new");
        }
        System.out.println("CrashPublishTest: build of " + full + " ms, output after each kill: " + outcomes);
        assertTrue(outcomes.contains("old"), "some kills landed before the swap: " + outcomes);

        assertEquals(0, ChildBuild.start(newData, out).waitFor(), "a build after the crashes succeeds");
        Trees.assertIdentical(after, Trees.snapshot(out));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(".site.lock", "site"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or old folder left behind");
        }
    }

    /** A data folder of UNITS communes with the given number of monthly periods. */
    private static Path generate(Path dir, int periods) {
        StringBuilder units = new StringBuilder("code,name,kind,parent\nH99,UBND tỉnh Thử Nghiệm,PROVINCE,\n");
        for (int u = 0; u < UNITS; u++) {
            units.append("X").append(u).append(",UBND xã Số ").append(u).append(",COMMUNE,H99\n");
        }
        TestData data = TestData.in(dir).units(units.toString());
        for (int p = 1; p <= periods; p++) {
            StringBuilder scores = new StringBuilder("unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL\n");
            for (int u = 0; u < UNITS; u++) {
                scores.append('X').append(u).append(',').append(u % 18).append(".5,").append(p + u % 11)
                        .append(",6,5,").append(u % 20).append(",12\n");
            }
            data.period(String.format("2025-%02d", p), scores.toString());
        }
        return dir;
    }

    private static void await(Path path, Process child) {
        while (child.isAlive() && !Files.exists(path)) {
            Thread.onSpinWait();
        }
    }

    /** Puts the old publication back where a kill after the swap left the new one. */
    private static void restore(Path out, Path old) {
        if (!Trees.same(Trees.snapshot(old), Trees.snapshot(out))) {
            Trees.delete(out);
            Trees.copy(old, out);
        }
    }
}
