package vn.chiso766.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A build's timeline (render.Timeline's file) as the benchmark reads it: the serial steps of the
 * main thread, how busy each rendering thread was over time, and the engine's own time for the
 * PDFs it rendered, which bounds from below what the build can take on these cores.
 */
record BuildTimeline(List<Span> spans) {
    private static final String STEP = "bước: ";
    private static final String RENDERED = "dựng ";
    private static final String SHADES = " .:-=+*#%@";
    /** A span of one document's preparing, rendering or reuse (render.Timeline's words). */
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile("(chuẩn bị|dựng|giữ) ");

    /** What one thread did from start to end, in milliseconds since the JVM started. */
    record Span(String thread, double start, double end, String what) {
        double millis() {
            return end - start;
        }
    }

    static BuildTimeline read(Path file) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            spans.add(new Span(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
        }
        return new BuildTimeline(spans);
    }

    /**
     * The thread time of the PDFs rendered (not reused), template to bytes: mostly openhtmltopdf
     * and PDFBox, with the JIT's warm-up and the collector's pauses that fell within.
     */
    long pdfNanos() {
        return (long) (spans.stream().filter(s -> s.what().startsWith(RENDERED) && s.what().endsWith(".pdf"))
                .mapToDouble(Span::millis).sum() * 1e6);
    }

    /** The main thread's steps before and after the rendering, in order. */
    List<Span> steps() {
        return spans.stream().filter(s -> s.what().startsWith(STEP)).sorted((a, b) -> Double.compare(a.start(),
                b.start())).toList();
    }

    /** One line per rendering thread: a shade per {@code bucket} ms, from blank (idle) to '@' (busy). */
    List<String> busyness(double bucket) {
        double end = spans.stream().mapToDouble(Span::end).max().orElse(0);
        Map<String, double[]> busy = new TreeMap<>();
        for (Span s : spans) {
            if (!DOCUMENT.matcher(s.what()).lookingAt()) {
                continue; // a step of the main thread, or a part of a document's span (counted there)
            }
            double[] line = busy.computeIfAbsent(s.thread(), t -> new double[(int) (end / bucket) + 1]);
            int last = Math.min(line.length - 1, (int) (s.end() / bucket));
            for (int b = (int) (s.start() / bucket); b <= last; b++) {
                line[b] += Math.max(0, Math.min(s.end(), (b + 1) * bucket) - Math.max(s.start(), b * bucket));
            }
        }
        List<String> lines = new ArrayList<>();
        busy.forEach((thread, line) -> {
            StringBuilder text = new StringBuilder();
            for (double ms : line) {
                text.append(SHADES.charAt((int) Math.min(SHADES.length() - 1, ms / bucket * SHADES.length())));
            }
            lines.add(text.toString());
        });
        return lines;
    }
}
