package vn.chiso766.bench;

import java.util.List;

/** The JVM options scripts/chiso766 runs a build with; the benchmark's fresh-JVM builds use them too. */
final class Launcher {
    static final List<String> OPTIONS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    private Launcher() {
    }
}
