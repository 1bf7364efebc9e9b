package vn.chiso766.bench;

import java.io.PrintWriter;
import java.util.List;
import vn.chiso766.render.Timings;

/** Prints the benchmark's medians in Vietnamese, as lines a README can quote. */
final class Report {
    private final PrintWriter out;

    Report(PrintWriter out) {
        this.out = out;
    }

    void machine(int runs) {
        Runtime rt = Runtime.getRuntime();
        out.println("Máy: " + rt.availableProcessors() + " nhân, heap tối đa " + Stats.mebibytes(Heap.max())
                + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "; trung vị của " + runs + " lần chạy.");
        out.flush();
    }

    void build(String title, List<Measurement> runs) {
        Measurement any = runs.get(0);
        long wall = Stats.median(runs, Measurement::wallNanos);
        out.println(title + " — " + any.units() + " đơn vị, " + any.documents() + " tệp:");
        out.println("  tổng thời gian      " + Stats.seconds(wall) + " (" + String.format("%.0f", any.units() / (wall / 1e9))
                + " đơn vị/giây)");
        out.println("  đọc số liệu         " + Stats.seconds(Stats.median(runs, Measurement::loadNanos)));
        out.println("  tính điểm           " + Stats.seconds(Stats.median(runs, Measurement::scoreNanos)));
        out.println("  dựng và ghi         " + Stats.seconds(Stats.median(runs, Measurement::publishNanos)));
        out.println("  thời gian luồng (cộng các nhân):");
        for (Timings.Phase phase : Timings.Phase.values()) {
            long nanos = Stats.median(runs, m -> m.phaseNanos().getOrDefault(phase, 0L));
            if (nanos > 0) {
                out.println("    " + String.format("%-17s", label(phase)) + Stats.seconds(nanos));
            }
        }
        out.println("  CPU của cả tiến trình " + Stats.seconds(Stats.median(runs, m -> m.cpu().processNanos()))
                + ", trong đó trình biên dịch JIT " + Stats.seconds(Stats.median(runs, m -> m.cpu().compileNanos()))
                + "; thu gom rác dừng chương trình " + Stats.seconds(Stats.median(runs, m -> m.cpu().gcNanos())));
        out.println("  heap cao nhất (cận trên) " + Stats.mebibytes(Stats.median(runs, Measurement::peakHeapBytes)));
        out.println("  heap còn dùng sau thu gom rác, cao nhất "
                + Stats.mebibytes(Stats.median(runs, Measurement::peakAfterCollectionBytes)));
        out.flush();
    }

    void rebuild(String title, List<Rebuilds.Rebuild> runs) {
        out.println(title + ": " + Stats.seconds(Stats.median(runs, Rebuilds.Rebuild::wallNanos)));
        out.flush();
    }

    void changed(String title, List<Rebuilds.Rebuild> runs) {
        Rebuilds.Rebuild any = runs.get(0);
        out.println(title + ": trung vị " + Stats.seconds(Stats.median(runs, Rebuilds.Rebuild::wallNanos))
                + spread(runs.stream().map(Rebuilds.Rebuild::wallNanos).toList()) + ", dựng mới "
                + any.rendered() + " tệp, giữ nguyên " + any.reused());
        out.flush();
    }

    /**
     * The monthly job against its floor: the engine's own time for the PDFs the run rendered,
     * spread over the cores (what the job would take if it did nothing else and both cores were
     * busy throughout); then the median run's serial steps and its threads over time.
     */
    void monthly(String title, List<Rebuilds.Rebuild> runs) {
        changed(title, runs);
        List<Rebuilds.Rebuild> timed = runs.stream().filter(r -> r.timeline().isPresent()).toList();
        if (timed.isEmpty()) {
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        long wall = Stats.median(timed, Rebuilds.Rebuild::wallNanos);
        long floor = Stats.median(timed, r -> r.timeline().orElseThrow().pdfNanos() / cores);
        out.println("  sàn (thời gian luồng dựng các PDF mới, phần lớn là openhtmltopdf và PDFBox, chia cho " + cores
                + " nhân): trung vị " + Stats.seconds(floor) + "; việc hằng tháng / sàn = "
                + String.format("%.2f", (double) wall / floor).replace('.', ','));
        Rebuilds.Rebuild median = timed.stream().min(java.util.Comparator.comparingLong(r -> Math.abs(r.wallNanos()
                - wall))).orElseThrow();
        BuildTimeline timeline = median.timeline().orElseThrow();
        out.println("  lần chạy gần trung vị nhất (" + Stats.seconds(median.wallNanos()) + "), luồng chính:");
        for (BuildTimeline.Span step : timeline.steps()) {
            out.println(String.format("    %7.0f–%7.0f ms  %s", step.start(), step.end(), step.what()));
        }
        double bucket = Math.max(50, median.wallNanos() / 1e6 / 100);
        out.println(String.format("  các luồng dựng theo thời gian (mỗi ký tự %.0f ms, từ lúc JVM khởi động;"
                + " trống: rảnh, @: bận cả khoảng):", bucket));
        timeline.busyness(bucket).forEach(line -> out.println("    |" + line + "|"));
        out.flush();
    }

    /** The median of timed runs, with their range. */
    void median(String title, List<Long> nanos) {
        out.println(title + ": trung vị " + Stats.millis(Stats.median(nanos, n -> n)) + " (" + nanos.size() + " lần, "
                + Stats.millis(java.util.Collections.min(nanos)) + "–" + Stats.millis(java.util.Collections.max(nanos))
                + ")");
        out.flush();
    }

    void ratio(String title, long ours, long bare) {
        out.println(title + ": " + Stats.millis(ours) + " so với " + Stats.millis(bare) + " (tỷ lệ "
                + String.format("%.2f", (double) ours / bare).replace('.', ',') + ")");
        out.flush();
    }

    void imports(String title, Imports.Timing timing) {
        out.println(title + " (" + timing.answers() + " câu trả lời, " + Stats.mebibytes(timing.bytes()) + " JSON):");
        out.println("  vào thư mục trống: trung vị " + Stats.seconds(Stats.median(timing.first(), t -> t))
                + spread(timing.first()) + "; nhập lại cùng kỳ: trung vị " + Stats.seconds(Stats.median(timing.again(),
                t -> t)) + spread(timing.again()) + " (mục tiêu ≤ 2 s)");
        out.flush();
    }

    private static String spread(List<Long> nanos) {
        return " (" + Stats.seconds(nanos.stream().mapToLong(t -> t).min().orElse(0)) + " – "
                + Stats.seconds(nanos.stream().mapToLong(t -> t).max().orElse(0)) + ", lần đầu "
                + Stats.seconds(nanos.get(0)) + ")";
    }

    private static String label(Timings.Phase phase) {
        return switch (phase) {
            case CHARTS -> "biểu đồ";
            case HTML -> "trang HTML";
            case PDF -> "PDF";
            case DATA -> "dữ liệu mở";
            case WRITE -> "tệp khác";
        };
    }
}
