package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.Trees;

/**
 * The monthly job: a new month's files arrive over last month's publication. The earlier month's
 * documents are reused (unprepared, by their scope), and the result is byte for byte the
 * publication a build from nothing makes.
 */
class NewMonthBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aNewMonthOverLastMonthsPublicationIsWhatABuildFromNothingMakes() throws Exception {
        Path lastMonth = TestData.withoutMonth(TestData.GIA_LAI_NATIONAL, tmp.resolve("du-lieu-thang-truoc"), "2026-10");
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--data", lastMonth.toString(), "--out", site.toString()).exit());
        Cli monthly = Cli.run("build", "--data", TestData.GIA_LAI_NATIONAL.toString(), "--out", site.toString());
        assertEquals(0, monthly.exit(), monthly.err());
        Matcher counts = Pattern.compile("dựng mới (\\d+), giữ nguyên (\\d+)").matcher(monthly.out());
        assertTrue(counts.find(), monthly.out());
        assertTrue(Integer.parseInt(counts.group(2)) > 40, "the September documents are reused: " + counts.group());

        Path fresh = tmp.resolve("site-moi");
        assertEquals(0, Cli.run("build", "--data", TestData.GIA_LAI_NATIONAL.toString(), "--out", fresh.toString()).exit());
        Trees.assertIdentical(Trees.snapshot(fresh), Trees.snapshot(site));
    }
}
