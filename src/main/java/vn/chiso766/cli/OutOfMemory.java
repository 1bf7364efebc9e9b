package vn.chiso766.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A build that ran out of Java heap: said in words with what to do, instead of a stack trace.
 * The error can arrive wrapped (a service or a class that failed to load because of it).
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causes(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof OutOfMemoryError) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(t.getCause(), seen);
    }

    /** Everything the build held is unreachable once it has unwound to here, so this can still print. */
    static int report(PrintWriter stderr, Path out) {
        stderr.println("Không đủ bộ nhớ: bản dựng đã dùng hết heap Java được cấp ("
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB).");
        stderr.println(out + " giữ nguyên như trước. Hãy cấp thêm heap rồi chạy lại, ví dụ:"
                + " JAVA_OPTS=\"-Xmx2g -XX:+UseParallelGC\" scripts/chiso766 build ...");
        return Main.OUTPUT_ERROR;
    }
}
