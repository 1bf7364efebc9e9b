package vn.chiso766.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the benchmark's fresh-JVM builds start: through scripts/chiso766 where it launches the jar
 * the benchmark runs from, so its class-data archive is measured as users meet it; otherwise
 * (tests, Windows) with the script's JVM options copied here.
 */
final class Launcher {
    /** On every system (scripts/chiso766.cmd has the same). */
    static final List<String> OPTIONS = List.of("-Xms1g", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    private Launcher() {
    }

    /** The command that runs chiso766 as scripts/chiso766 does, before its arguments. */
    static List<String> command() {
        return script(codeSource()).map(script -> List.of(script.toString())).orElseGet(() -> java(OPTIONS));
    }

    /**
     * The child's environment: the launcher's own options (no JAVA_OPTS), and the Java running
     * the benchmark first on the PATH, so the script starts the Java the report names.
     */
    static void environment(Map<String, String> environment) {
        environment.remove("JAVA_OPTS");
        ProcessHandle.current().info().command().map(Path::of).map(Path::getParent).ifPresent(bin -> environment
                .put("PATH", bin + File.pathSeparator + environment.getOrDefault("PATH", "")));
    }

    /** chiso766 in a fresh JVM with exactly these options, without the script. */
    static List<String> java(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "vn.chiso766.cli.Main"));
        return command;
    }

    /** What {@link #command()} runs, for the report. */
    static String describe() {
        return script(codeSource()).isPresent() ? "qua scripts/chiso766"
                : "cờ của scripts/chiso766, gọi java trực tiếp";
    }

    /** {@code <jar dir>/../scripts/chiso766} if that script launches this jar (POSIX only). */
    static Optional<Path> script(Path jar) {
        if (jar == null || !Files.isRegularFile(jar) || jar.getParent() == null
                || System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.empty();
        }
        Path script = jar.toAbsolutePath().getParent().resolveSibling("scripts").resolve("chiso766");
        Path launched = script.getParent().resolveSibling("target").resolve("chiso766.jar");
        try {
            return Files.isExecutable(script) && Files.exists(launched) && Files.isSameFile(jar, launched)
                    ? Optional.of(script) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null; // no file to find a script beside: the options are copied instead
        }
    }
}
