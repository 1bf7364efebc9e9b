package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.ChildBuild;
import vn.chiso766.TestData;
import vn.chiso766.Trees;

/**
 * The same data gives the same publication, byte for byte, whatever the folder, the time, the
 * time zone or the language of the machine: every file of the tree (pages, SVG, CSV, JSON, PDF, and the
 * Office files, whose zip entries and properties POI would otherwise date by the clock).
 */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;

    @Test
    void sameDataBuiltTwice_elsewhereLaterAndInAnotherZone_isByteIdentical() throws Exception {
        Path first = tmp.resolve("site");
        Cli cli = Cli.run("build", "--data", TestData.GIA_LAI.toString(), "--out", first.toString());
        assertEquals(0, cli.exit(), cli.err());
        Thread.sleep(1_100); // a clock read anywhere would now give another second
        Path second = tmp.resolve("khac/noi/xuat-ban");
        Process child = ChildBuild.start(TestData.GIA_LAI, second, "-Duser.timezone=America/Los_Angeles",
                "-Duser.language=en", "-Duser.country=US");
        assertEquals(0, child.waitFor());
        Map<String, byte[]> tree = Trees.snapshot(first);
        for (String office : List.of("ket-qua.csv", "ket-qua-2026-10.xlsx", "thong-bao-2026-10.docx")) {
            assertTrue(tree.keySet().stream().anyMatch(f -> f.endsWith(office)), office + " in " + tree.keySet());
        }
        Trees.assertIdentical(tree, Trees.snapshot(second));
    }
}
