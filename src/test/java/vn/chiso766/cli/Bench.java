package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.chiso766.TestData;
import vn.chiso766.Trees;

/**
 * One bad-input case: a valid data folder to spoil and an earlier publication to protect, both
 * in a folder of their own. {@link #rejected()} and {@link #published()} run the real command.
 */
final class Bench {
    static final String UNITS = """
            code,name,kind,parent
            H99,UBND tỉnh Thử Nghiệm,PROVINCE,
            H99.01,Sở Tư pháp,AGENCY,H99
            H99.02,Sở Tài chính,AGENCY,H99
            H99.101,UBND xã Ia Grai,COMMUNE,H99
            H99.102,UBND phường Pleiku,COMMUNE,H99
            """;
    static final String WIDE = "unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL\n";
    static final String SEPTEMBER = WIDE + """
            H99,11.79,15.8,8.47,6.91,9.34,10.43
            H99.01,11.79,19.97,6.68,8.48,14.27,17.97
            H99.02,11.79,19.59,6.45,6.18,10.65,18
            H99.101,11.79,16.56,7.86,8,8.11,17.62
            H99.102,11.79,18.2,5.1,4.4,9.9,16.5
            """;
    static final String LONG = "unit_code,indicator,numerator,denominator,score\n";
    static final String OCTOBER = LONG + """
            H99,CKMB,,,11.79
            H99,ON_TIME,9120,10000,
            H99,CLGQ,,,9.14
            H99,TTTT,,,7.21
            H99,MDSH,,,9.62
            H99,MDHL,,,11.3
            H99.01,CKMB,,,11.79
            H99.01,ON_TIME,412,420,
            H99.01,CLGQ,,,6.72
            H99.01,TTTT,,,8.61
            H99.01,MDSH,,,14.18
            H99.01,MDHL,,,18
            """;
    private static Path previous;

    final Path root;
    final Path data;
    final Path out;

    Bench(Path root) {
        this.root = root;
        this.data = root.resolve("data");
        this.out = root.resolve("site");
        TestData.in(data).units(UNITS).period("2026-09", SEPTEMBER).period("2026-10", OCTOBER);
        Trees.copy(previous(), out);
    }

    TestData data() {
        return TestData.in(data);
    }

    Cli build() {
        return Cli.run("build", "--data", data.toString(), "--out", out.toString());
    }

    /** Builds, expects a data error, and checks that the earlier publication did not change. */
    String rejected() {
        Cli cli = build();
        assertEquals(1, cli.exit(), () -> "expected a data error\n" + cli.out() + cli.err());
        assertTrue(cli.err().contains("giữ nguyên như trước"), cli.err());
        Trees.assertIdentical(Trees.snapshot(previous()), Trees.snapshot(out));
        assertOnlyDataAndSite();
        Cli validate = Cli.run("validate", "--data", data.toString());
        assertEquals(1, validate.exit(), "validate agrees with build");
        return cli.err();
    }

    /** Builds, expects success, and returns the new publication. */
    Published published() {
        Cli cli = build();
        assertEquals(0, cli.exit(), () -> cli.out() + cli.err());
        assertOnlyDataAndSite();
        return new Published(out, Trees.snapshot(out), cli.out());
    }

    /** Nothing was written beside the two folders: no staging leftovers, no escaped path. */
    private void assertOnlyDataAndSite() {
        try (Stream<Path> list = Files.list(root)) {
            List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock"))
                    .sorted().toList();
            assertEquals(List.of("data", "site"), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The earlier publication every case starts from: built once, from the valid data with September only. */
    static synchronized Path previous() {
        if (previous == null) {
            try {
                Path dir = Files.createTempDirectory("chiso766-previous");
                TestData.in(dir.resolve("data")).units(UNITS).period("2026-09", SEPTEMBER);
                Cli cli = Cli.run("build", "--data", dir.resolve("data").toString(), "--out",
                        dir.resolve("site").toString());
                assertEquals(0, cli.exit(), cli.err());
                previous = dir.resolve("site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Trees.delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return previous;
    }

    /** Some line of a report holds all of these: the file, the place and what to do, together. */
    static void assertProblem(String report, String... parts) {
        boolean found = report.lines().anyMatch(line -> Stream.of(parts).allMatch(line::contains));
        assertTrue(found, () -> "no line holds all of " + List.of(parts) + " in:\n" + report);
    }
}
