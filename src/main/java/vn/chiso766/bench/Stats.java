package vn.chiso766.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Medians, as the targets are quoted. */
final class Stats {
    private Stats() {
    }

    static <T> long median(List<T> runs, ToLongFunction<T> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9).replace('.', ',');
    }

    static String millis(long nanos) {
        return String.format("%d ms", nanos / 1_000_000);
    }

    static String mebibytes(long bytes) {
        return String.format("%d MiB", bytes / (1024 * 1024));
    }
}
