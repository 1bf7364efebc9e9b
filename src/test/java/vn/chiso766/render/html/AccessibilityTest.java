package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core (WCAG 2.1 A and AA, and best practice) finds nothing on every page of two sites: Gia Lai
 * with the portal's national list (every kind of page of one province, the provinces' list) and
 * national data (the provinces' overview and ranking, a plan per province), and a running year's daily
 * snapshots beside a month (the kinds side by side, the provisional banner, the days and the movers). It runs in Debian's
 * Chromium through playwright-core (src/test/js, installed by scripts/install-test-tools.sh).
 */
class AccessibilityTest {
    private static final Path JS = Path.of("src", "test", "js");

    @Test
    void axeFindsNothingOnAnyPage(@TempDir Path temp) throws Exception {
        assertTrue(Files.isDirectory(JS.resolve("node_modules/axe-core"))
                        && Files.isDirectory(JS.resolve("node_modules/playwright-core")),
                "axe-core is not installed: run scripts/install-test-tools.sh");
        Path giaLai = TestSites.build(TestSites.giaLaiNational(), temp.resolve("gia-lai"));
        Path national = TestSites.build(TestSites.national(temp.resolve("data")), temp.resolve("national"));
        Path daily = vn.chiso766.TestData.snapshots(temp.resolve("daily-data"));
        Files.copy(vn.chiso766.TestData.GIA_LAI_NATIONAL.resolve("scores/2026-10.csv"), daily.resolve("scores/2026-10.csv"));
        Path snapshots = TestSites.build(daily, temp.resolve("daily"));
        for (Path site : List.of(giaLai, national, snapshots)) {
            List<String> pages = TestSites.pages(site).stream().map(p -> site.relativize(p).toString()).toList();
            assertTrue(pages.contains("index.html") && pages.size() > 5, pages.toString());
            axe(site, pages, temp.resolve(site.getFileName() + ".txt"));
        }
    }

    private static void axe(Path site, List<String> pages, Path report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", JS.resolve("axe.mjs").toString(), site.toString()));
        command.addAll(pages);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertTrue(node.waitFor(10, TimeUnit.MINUTES), "axe-core did not finish");
        String out = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), out);
        assertEquals(pages.size(), out.lines().filter(l -> l.endsWith(": ok")).count(), out);
    }
}
