package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void generatesDataThatValidates() {
        String out = tmp.resolve("mau").toString();
        Cli cli = Cli.run("generate", "--out", out, "--agencies", "4", "--communes", "6", "--months", "3",
                "--until", "2026-03");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("Đã ghi 11 đơn vị, 3 kỳ (2026-01 đến 2026-03)"), cli.out());
        assertTrue(Files.isRegularFile(tmp.resolve("mau/scores/2026-01.csv")));
        assertFalse(Files.exists(tmp.resolve("mau/catalogue")), "the catalogue is not the generator's");
        assertFalse(Files.exists(tmp.resolve("mau/publication.properties")));
        assertEquals(0, Cli.run("validate", "--data", out).exit());
    }

    @Test
    void refusesBadOptionsAsUsageErrors() {
        String out = tmp.toString();
        Cli badMonth = Cli.run("generate", "--out", out, "--until", "2026-13");
        assertEquals(2, badMonth.exit());
        assertTrue(badMonth.err().contains("--until phải là tháng dạng YYYY-MM"), badMonth.err());
        assertEquals(2, Cli.run("generate", "--out", out, "--provinces", "0").exit());
        assertEquals(2, Cli.run("generate").exit());
    }

    @Test
    void leavesForeignPeriodFilesAloneAndRefuses() throws IOException {
        Path scores = Files.createDirectories(tmp.resolve("scores"));
        Files.writeString(scores.resolve("2020-01.csv"), "unit_code,CKMB\n");
        Cli cli = Cli.run("generate", "--out", tmp.toString(), "--months", "1");
        assertEquals(Main.OUTPUT_ERROR, cli.exit());
        assertTrue(cli.err().contains("2020-01.csv"), cli.err());
        assertTrue(Files.exists(scores.resolve("2020-01.csv")));
        assertFalse(Files.exists(tmp.resolve("units.csv")));
    }

    /** The committed sample data is exactly what `generate --out data` writes: regenerate it after a change. */
    @Test
    void theCommittedSampleDataIsTheGeneratorsDefaultOutput() throws IOException {
        Path data = Path.of("data");
        Sample.write(SampleOptions.defaults(), tmp);
        List<Path> expected = files(tmp);
        assertEquals(expected.stream().filter(p -> p.startsWith("scores")).toList(),
                files(data.resolve("scores")).stream().map(p -> Path.of("scores").resolve(p)).toList());
        for (Path file : expected) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(file)), Files.readAllBytes(data.resolve(file)),
                    file + " differs: run java -jar target/chiso766.jar generate --out data");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
