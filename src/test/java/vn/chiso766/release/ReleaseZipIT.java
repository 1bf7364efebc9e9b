package vn.chiso766.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.model.Release;
import vn.chiso766.portal.fetch.ReplayPortal;

/**
 * The release zip as an office meets it (issue 24): unpacked into a folder whose path has spaces and
 * Vietnamese letters, run through its launcher with nothing on the PATH but java and the few
 * commands the sh launcher uses (no Maven, no git), in the POSIX locale of a cron job. Run by
 * failsafe after `mvn package` made the zip.
 */
@DisabledOnOs(OS.WINDOWS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseZipIT {
    private static final String VERSION = System.getProperty("chiso766.version");
    private static final Path ZIP = Path.of(System.getProperty("chiso766.zip", "target/chiso766-" + VERSION + ".zip"));
    private static final String TOP = "chiso766-" + VERSION + "/";
    /** What the shaded jar bundles: the runtime dependencies, listed by the dependency plugin (pom.xml). */
    private static final Path DEPENDENCIES = Path.of("target/dependencies.txt");

    @TempDir
    static Path temp;
    private static Path home;
    private static Path path;

    /** One process's exit code and everything it printed. */
    record Run(int exit, String out) {
    }

    @BeforeAll
    static void unpack() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("Thư mục có dấu/Kết quả 766"));
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    assertTrue(target.toFile().setExecutable(true));
                }
            }
        }
        home = folder.resolve(TOP);
        path = tools();
    }

    @Test
    @Order(1)
    void theZipHoldsTheJarTheLaunchersTheSampleTheDocumentsAndTheLicences() throws IOException {
        for (String file : List.of("chiso766.jar", "chiso766", "chiso766.cmd", "BAT-DAU.txt", "README.md",
                "CHANGELOG.md", "LICENSE", "data/units.csv", "data/catalogue/groups.csv", "giay-phep/THU-VIEN.txt")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("chiso766")), "the zip keeps the launcher's execute bit");
        for (String file : List.of("chiso766.cmd", "BAT-DAU.txt")) {
            String text = Files.readString(home.resolve(file), StandardCharsets.UTF_8);
            assertEquals(text.split("\n").length, text.split("\r\n").length, file + ": Windows line ends");
        }
        assertTrue(Files.readString(home.resolve("CHANGELOG.md")).contains("## [" + VERSION + "]"), "the changelog names it");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = home.relativize(file).toString();
                assertFalse(name.matches("(?i).*(\\.class|\\.jsa|original-.*|surefire.*|src/.*|\\.git.*|target/.*)"),
                        "a build leftover in the zip: " + name);
            }
        }
    }

    @Test
    @Order(2)
    void theJarHoldsNoTestCode_andEveryLibraryItBundlesHasItsLicenceInTheZip() throws IOException {
        try (JarFile jar = new JarFile(home.resolve("chiso766.jar").toFile())) {
            for (String name : Collections.list(jar.entries()).stream().map(e -> e.getName()).toList()) {
                assertFalse(name.matches("vn/chiso766/.*(Test|IT|Fake.*)\\.class|fixtures/.*"), "test code: " + name);
            }
        }
        Set<String> bundled = new TreeSet<>();
        Matcher dependency = Pattern.compile("(?m)^\\s+([^:\\s]+):([^:\\s]+):jar:").matcher(Files.readString(DEPENDENCIES));
        while (dependency.find()) {
            bundled.add(dependency.group(1) + ":" + dependency.group(2));
        }
        assertTrue(bundled.contains("org.jfree:org.jfree.svg"), "the runtime dependencies, as Maven lists them");
        String listing = Files.readString(home.resolve("giay-phep/THU-VIEN.txt"));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^([\\w.-]+:[\\w.-]+)\\s+\\S.*?\\s(\\S+)$").matcher(listing);
        while (row.find()) {
            listed.add(row.group(1));
            Path text = home.resolve("giay-phep").resolve(row.group(2));
            assertTrue(Files.isRegularFile(text) || Files.isDirectory(text) && hasFiles(text), row.group(1) + ": " + text);
        }
        assertEquals(bundled, listed, "giay-phep/THU-VIEN.txt lists exactly the libraries the jar bundles");
        for (String font : List.of("OFL.txt", "LiberationSerif-LICENSE.txt")) {
            assertTrue(Files.isRegularFile(home.resolve("giay-phep/phong-chu").resolve(font)), font);
        }
    }

    @Test
    @Order(3)
    void versionNamesTheReleaseAndItsCommit_fromAnyFolder() throws Exception {
        Run run = launch(temp, "--version");
        assertEquals(0, run.exit(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals("chiso766 " + VERSION, lines.get(0));
        String revision = Release.CURRENT.revision();
        assertTrue(lines.get(1).startsWith(revision.isEmpty() ? "Mã nguồn: không rõ" : "Mã nguồn: commit " + revision),
                run.out());
    }

    @Test
    @Order(4)
    void validateThenBuildMakeTheSampleSite_withoutAClassDataArchiveThere() throws Exception {
        Run validate = launch(home, "validate");
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("Kỳ 2026-10: 141 đơn vị"), validate.out());
        Run build = launch(home, "build");
        assertEquals(0, build.exit(), build.out());
        String index = Files.readString(home.resolve("site/index.html"));
        assertTrue(index.contains("Trang được tạo bằng chiso766 " + VERSION), "the footer names the version");
        try (Stream<Path> pdfs = Files.walk(home.resolve("site/2026-10"))) {
            Path pdf = pdfs.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals("chiso766 " + VERSION, document.getDocumentInformation().getProducer(), pdf.toString());
            }
        }
        assertFalse(Files.exists(home.resolve("chiso766.jsa")), "Java 17 would archive none of chiso766's classes here");
        assertFalse(Files.exists(home.resolve("chiso766.jsa.log")));
    }

    @Test
    @Order(5)
    void importReadsSavedPortalAnswersIntoANewFolder() throws Exception {
        Path answers = Path.of("src/test/resources/fixtures/portal/phu-tho-2026-08").toAbsolutePath();
        Run run = launch(home, "import", "--period", "2026-08", "--data", "Nhập thử", answers.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("Đã nhận ra 7 câu trả lời:"), run.out());
        assertTrue(Files.isRegularFile(home.resolve("Nhập thử/scores/2026-08.csv")));
    }

    @Test
    @Order(6)
    void fetchTakesAMonthFromAPortalOnThisMachine() throws Exception {
        try (ReplayPortal portal = ReplayPortal.phuTho()) {
            Run run = launch(home, "fetch", "--province", ReplayPortal.PHU_THO, "--period", "2026-08",
                    "--portal", portal.url(), "--delay", "0", "--data", "Lấy từ Cổng");
            assertEquals(0, run.exit(), run.out());
            assertTrue(run.out().contains("Đã nhận 8 câu trả lời từ " + portal.url()), run.out());
            assertTrue(Files.isRegularFile(home.resolve("Lấy từ Cổng/scores/2026-08.csv")));
        }
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(Files::isRegularFile);
        }
    }

    /** Runs the unpacked launcher from a folder, in an environment with no locale and a bare PATH. */
    private static Run launch(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("chiso766").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(java.util.Map.of("PATH", path.toString(), "HOME", temp.toString(), "LANG", "C"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Run run = new Run(process.waitFor(), out);
        assertFalse(out.contains("[cds") || out.toLowerCase(java.util.Locale.ROOT).contains("warning"),
                "no JVM message reaches the user: " + out);
        return run;
    }

    /** A PATH with java and what the sh launcher calls, and nothing else: no Maven, no git. */
    private static Path tools() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("dirname", "cat", "rm", "mv")) {
            Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + tool));
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        return bin;
    }
}
