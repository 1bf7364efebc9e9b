package vn.chiso766.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers run the options the benchmark measures, and scripts/chiso766 keeps its class-data
 * archive right: made by a successful build only, used quietly, remade when unusable. The script
 * runs a stand-in jar ({@link FakeChiso766}) made here, so nothing depends on `mvn package`.
 */
class LauncherTest {
    private static final String JAR = "target/chiso766.jar";
    private static final String ARCHIVE = "target/chiso766.jsa";
    private static final String LOG = "target/chiso766.jsa.log";

    @TempDir
    Path temp;

    @Test
    void bothLaunchersRunTheOptionsTheBenchmarkMeasures() throws Exception {
        String options = String.join(" ", Launcher.OPTIONS);
        for (String script : new String[] {"scripts/chiso766", "scripts/chiso766.cmd"}) {
            String text = Files.readString(Path.of(script), StandardCharsets.UTF_8);
            assertTrue(text.contains(options), script + " runs " + options);
            assertTrue(text.contains("chiso766.jar") && text.contains("target"), script + ": the jar beside it, else in target");
        }
        assertTrue(Files.isExecutable(Path.of("scripts/chiso766")), "scripts/chiso766 is executable");
    }

    @Test
    void theJvmTakesTheOptionsOnThisMachineWithoutAWarning() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(Launcher.OPTIONS);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("warning"), output);
    }

    @Test
    void theBenchmarkRunsTheLauncherBesideTheJarItRunsFrom() throws Exception {
        Path root = install(temp.resolve("chiso766"));
        assertEquals(Optional.of(root.resolve("scripts/chiso766")), Launcher.script(root.resolve(JAR)));
        Path elsewhere = Files.createDirectories(temp.resolve("khac/lib")).resolve("chiso766.jar");
        Files.copy(root.resolve(JAR), elsewhere);
        assertEquals(Optional.empty(), Launcher.script(elsewhere), "a script beside would launch another jar");
        assertEquals(Optional.empty(), Launcher.script(root.resolve("target")), "classes, not a jar");
        assertEquals(Launcher.java(Launcher.OPTIONS), Launcher.command(), "tests run from classes: options copied");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void onlyASuccessfulBuildMakesTheArchive_andTheNextRunsUseItQuietly() throws Exception {
        Path root = install(temp.resolve("chiso766"));
        for (String[] arguments : new String[][] {{"--help"}, {"validate"}, {"build", "--help"}}) {
            assertFalse(run(root, Map.of(), arguments).contains("-XX:ArchiveClassesAtExit"), String.join(" ", arguments));
        }
        run(root, Map.of(), "build", "--fail");
        assertEquals(Set.of("chiso766.jar"), files(root), "no archive, no scratch file after a failed build");
        assertTrue(run(root, Map.of(), "build").contains("-XX:ArchiveClassesAtExit="));
        assertEquals(Set.of("chiso766.jar", "chiso766.jsa"), files(root), "the archive, no scratch file");
        for (String command : new String[] {"build", "validate"}) {
            assertTrue(run(root, Map.of(), command).contains("-XX:SharedArchiveFile=" + root.resolve(ARCHIVE)));
            assertEquals(0, Files.size(root.resolve(LOG)), "no CDS warning: the JVM used it");
        }
        assertTrue(sharedClasses(root).contains(FakeChiso766.class.getName() + " source: shared objects file (top)"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anArchiveTheJvmCannotUseIsReplacedQuietly_andANewerJarGetsANewOne() throws Exception {
        Path first = install(temp.resolve("mot"));
        run(first, Map.of(), "build");
        Path moved = install(temp.resolve("thu-muc-khac")); // the archive names the jar's path: unusable here
        Files.copy(first.resolve(ARCHIVE), moved.resolve(ARCHIVE));
        older(moved.resolve(JAR), moved.resolve(ARCHIVE));
        assertTrue(run(moved, Map.of(), "build").contains("-XX:SharedArchiveFile="), "quiet, though not used");
        assertTrue(Files.size(moved.resolve(LOG)) > 0, "the JVM's warning, for the next run");
        assertTrue(run(moved, Map.of(), "build").contains("-XX:ArchiveClassesAtExit="), "the next build makes one");
        assertEquals(Set.of("chiso766.jar", "chiso766.jsa"), files(moved));
        older(moved.resolve(ARCHIVE), moved.resolve(JAR));
        assertTrue(run(moved, Map.of(), "build").contains("-XX:ArchiveClassesAtExit="), "remade for the new jar");
        assertTrue(run(moved, Map.of(), "build").contains("-XX:SharedArchiveFile="));
        assertEquals(0, Files.size(moved.resolve(LOG)));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void java25OrLaterGetsAnAotCacheInstead_madeTheSameCarefulWay() throws Exception {
        Path java25 = java25().orElse(null);
        assumeTrue(java25 != null, "no Java 25 or later under " + JVMS);
        Map<String, String> path = Map.of("PATH", java25.getParent() + ":" + System.getenv("PATH"));
        Path root = install(temp.resolve("chiso766"));
        run(root, path, "build", "--fail");
        assertEquals(Set.of("chiso766.jar"), files(root), "no cache, no scratch file after a failed build");
        assertTrue(run(root, path, "build").contains("-XX:AOTMode=record"));
        assertEquals(Set.of("chiso766.jar", "chiso766.aot"), files(root), "the cache, no scratch file");
        assertTrue(run(root, path, "validate").contains("-XX:AOTCache=" + root.resolve("target/chiso766.aot")));
        assertEquals(0, Files.size(root.resolve("target/chiso766.aot.log")), "no warning: the JVM used it");
        Files.write(root.resolve("target/chiso766.aot"), new byte[1000]); // unusable, newer than the jar
        assertTrue(run(root, path, "build").contains("-XX:AOTCache="), "quiet, though not used");
        assertTrue(Files.size(root.resolve("target/chiso766.aot.log")) > 0, "the JVM's warning, for the next run");
        assertTrue(run(root, path, "build").contains("-XX:AOTMode=record"), "the next build makes one");
        assertTrue(run(root, path, "build").contains("-XX:AOTCache="));
        assertEquals(0, Files.size(root.resolve("target/chiso766.aot.log")));
        assertFalse(run(root, Map.of(), "build").contains("AOT"), "Java 17 beside it keeps its own archive");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void javaOptsReplaceTheOptionsAndTheArchive() throws Exception {
        Path root = install(temp.resolve("chiso766"));
        String output = run(root, Map.of("JAVA_OPTS", "-Xmx64m"), "build");
        assertTrue(output.startsWith("jvm -Xmx64m\n"), output);
        assertEquals(Set.of("chiso766.jar"), files(root));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void inTheReleaseLayoutTheScriptRunsTheJarBesideIt_fromAnyFolder_underAnyLocale() throws Exception {
        Map<String, String> posix = Map.of("LC_ALL", "", "LC_CTYPE", "", "LANG", "C");
        Path root = release(temp.resolve("chiso766-0.2.0"));
        String output = run(root.resolve("chiso766"), temp, posix, "build");
        assertTrue(output.contains("-XX:ArchiveClassesAtExit=" + root.resolve("chiso766.jsa")), output);
        assertTrue(Files.exists(root.resolve("chiso766.jsa")), "the archive beside the jar");
        assertTrue(run(root.resolve("chiso766"), temp, posix, "validate")
                .contains("-XX:SharedArchiveFile=" + root.resolve("chiso766.jsa")));
        assertEquals(0, Files.size(root.resolve("chiso766.jsa.log")), "used: no CDS warning");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void whereJavaCannotArchiveTheJarsClasses_aPathWithSpacesOrVietnameseLetters_noArchiveIsMade() throws Exception {
        for (String folder : new String[] {"Thư mục có dấu/chiso766", "thu muc/chiso766"}) {
            Path root = release(temp.resolve(folder));
            String output = run(root.resolve("chiso766"), temp, Map.of("LC_ALL", "", "LC_CTYPE", "", "LANG", "C"), "build");
            assertFalse(output.contains("-XX:ArchiveClassesAtExit") || output.contains("-XX:SharedArchiveFile"), output);
            try (Stream<Path> files = Files.list(root)) {
                assertEquals(Set.of("chiso766", "chiso766.jar"),
                        files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), folder);
            }
        }
    }

    /** The real script beside a stand-in jar, as in the release zip. */
    private static Path release(Path root) throws IOException {
        Files.createDirectories(root);
        Files.copy(Path.of("scripts/chiso766"), root.resolve("chiso766"));
        assertTrue(root.resolve("chiso766").toFile().setExecutable(true));
        jar(root.resolve("chiso766.jar"));
        return root;
    }

    /** The real script beside a stand-in jar, as in the project's folder. */
    private static Path install(Path root) throws IOException {
        Path script = Files.createDirectories(root.resolve("scripts")).resolve("chiso766");
        Files.copy(Path.of("scripts/chiso766"), script);
        assertTrue(script.toFile().setExecutable(true));
        Files.createDirectories(root.resolve("target"));
        jar(root.resolve(JAR));
        return root;
    }

    /** A stand-in jar running {@link FakeChiso766}. */
    private static void jar(Path path) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeChiso766.class.getName());
        String entry = FakeChiso766.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(path);
                JarOutputStream jar = new JarOutputStream(file, manifest);
                InputStream bytes = FakeChiso766.class.getResourceAsStream("/" + entry)) {
            jar.putNextEntry(new JarEntry(entry));
            bytes.transferTo(jar);
        }
    }

    /** Runs the script; it must succeed unless told to fail, and print nothing but the stand-in's line. */
    private static String run(Path root, Map<String, String> environment, String... arguments) throws Exception {
        return run(root.resolve("scripts/chiso766"), root, environment, arguments);
    }

    /** Runs the script from the folder given. */
    private static String run(Path script, Path folder, Map<String, String> environment, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("PATH", Path.of(java()).getParent() + ":" + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of(arguments).contains("--fail") ? 1 : 0, process.waitFor(), output);
        assertTrue(output.matches("jvm [^\\n]*\\n"), "no JVM message reaches the user: " + output);
        return output;
    }

    /** Which classes the JVM loads from the archive, with the options it was made with. */
    private static String sharedClasses(Path root) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(Launcher.OPTIONS);
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + root.resolve(ARCHIVE), "-Xlog:class+load",
                "-jar", root.resolve(JAR).toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void older(Path file, Path than) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(than).toMillis() - 60_000));
    }

    private static final Path JVMS = Path.of("/usr/lib/jvm");

    /** A java of version 25 or later installed beside the one running the tests (Temurin's, here). */
    private static Optional<Path> java25() throws IOException {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JVMS)) {
            return homes.filter(home -> major(home.resolve("release")) >= 25).map(home -> home.resolve("bin/java"))
                    .filter(Files::isExecutable).sorted().findFirst();
        }
    }

    private static int major(Path release) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
