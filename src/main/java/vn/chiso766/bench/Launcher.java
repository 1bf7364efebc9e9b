package vn.chiso766.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options scripts/chiso766 runs a build with; the benchmark's fresh-JVM builds use them too. */
final class Launcher {
    /** On every system (scripts/chiso766.cmd has the same). */
    static final List<String> OPTIONS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    /** Added on Linux when the kernel offers transparent huge pages, as the script does. */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    static final Path HUGE_PAGES_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private Launcher() {
    }

    /** The options on this machine. */
    static List<String> options() {
        List<String> options = new ArrayList<>(OPTIONS);
        if (hugePages()) {
            options.add(HUGE_PAGES);
        }
        return options;
    }

    private static boolean hugePages() {
        try {
            String mode = Files.readString(HUGE_PAGES_MODE);
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException | SecurityException e) {
            return false; // not Linux, or not readable: the script leaves the option out too
        }
    }
}
