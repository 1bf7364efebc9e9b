package vn.chiso766.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per rendering phase, summed over all threads, for the benchmark. Cheap enough to
 * stay on in every build (one nanoTime pair per measured call).
 */
public final class Timings {
    /** What the time was spent on. */
    public enum Phase {
        CHARTS, HTML, PDF, DATA, WRITE
    }

    private static final Map<Phase, LongAdder> NANOS = new EnumMap<>(Phase.class);

    static {
        for (Phase phase : Phase.values()) {
            NANOS.put(phase, new LongAdder());
        }
    }

    private Timings() {
    }

    public static <T> T measure(Phase phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    public static void add(Phase phase, long nanos) {
        NANOS.get(phase).add(nanos);
    }

    /** Nanoseconds per phase since the last reset. */
    public static Map<Phase, Long> snapshot() {
        Map<Phase, Long> copy = new EnumMap<>(Phase.class);
        NANOS.forEach((phase, sum) -> copy.put(phase, sum.sum()));
        return copy;
    }

    public static void reset() {
        NANOS.values().forEach(LongAdder::reset);
    }

    /** The phase a document's rendering counts as, by its file type. */
    public static Phase phaseOf(String path) {
        if (path.endsWith(".pdf")) {
            return Phase.PDF;
        }
        if (path.endsWith(".html")) {
            return Phase.HTML;
        }
        return path.endsWith(".csv") || path.endsWith(".json") ? Phase.DATA : Phase.WRITE;
    }
}
