package vn.chiso766;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real command in a JVM of its own (same java, test classpath), to kill it or vary its settings. */
public final class ChildBuild {
    private ChildBuild() {
    }

    public static Process start(Path data, Path out, String... jvmOptions) throws IOException {
        return start(data, out, ProcessBuilder.Redirect.DISCARD, jvmOptions);
    }

    /** As {@link #start(Path, Path, String...)}, with the child's output and errors sent to {@code log}. */
    public static Process start(Path data, Path out, ProcessBuilder.Redirect log, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Djava.awt.headless=true");
        // Java copies each chart font to a temporary file and deletes it at exit, which a killed
        // child never reaches: the child gets a temporary folder of its own, removed when it ends.
        Path tmp = Files.createTempDirectory("chiso766-child-");
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(List.of(jvmOptions));
        // Surefire runs tests from a manifest-only jar; it keeps the real classpath in this property.
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"))));
        command.addAll(List.of("vn.chiso766.cli.Main", "build", "--data", data.toString(), "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log).start();
        child.onExit().thenRun(() -> Trees.delete(tmp));
        return child;
    }
}
