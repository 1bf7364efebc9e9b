package vn.chiso766.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What each thread of a build did and when, for the benchmark's timeline of the monthly job:
 * recorded only when the environment variable {@value #VARIABLE} names a file (it reaches the JVM
 * through the launcher untouched), written there when the build ends, one span per line: "thread TAB start-ms TAB end-ms TAB what", in milliseconds since
 * the JVM started (so the start-up before main shows as the gap before the first span).
 */
public final class Timeline {
    public static final String VARIABLE = "CHISO766_TIMELINE";
    private static final String FILE = System.getenv(VARIABLE);
    private static final long ORIGIN = FILE == null ? 0 : origin();
    private static final ConcurrentLinkedQueue<String> SPANS = new ConcurrentLinkedQueue<>();

    private Timeline() {
    }

    /** Records a span from {@code startNanos} (a {@link System#nanoTime()}) to now. */
    public static void span(String what, long startNanos) {
        if (FILE != null) {
            SPANS.add(Thread.currentThread().getName() + "\t" + millis(startNanos) + "\t" + millis(System.nanoTime())
                    + "\t" + what);
        }
    }

    /** Writes the recorded spans, in the order they ended, to the file named by the variable. */
    public static void write() {
        if (FILE == null) {
            return;
        }
        List<String> lines = new ArrayList<>(SPANS);
        try {
            Files.write(Path.of(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (nanos - ORIGIN) / 1e6);
    }

    /** The JVM's start as a nanoTime, from how long it has been up. */
    private static long origin() {
        return System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    }
}
