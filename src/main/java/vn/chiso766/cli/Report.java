package vn.chiso766.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.chiso766.load.LoadException;
import vn.chiso766.load.Problem;
import vn.chiso766.model.Period;
import vn.chiso766.score.Finding;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;

/** What the commands print, in Vietnamese. */
final class Report {
    /** A file with thousands of bad rows usually has one cause: the first errors show it. */
    static final int MAX_PROBLEMS = 200;
    private Report() {
    }

    static void problems(LoadException e, PrintWriter err) {
        List<Problem> problems = e.problems();
        err.println("Số liệu có " + problems.size() + " lỗi cần sửa:");
        for (Problem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
            err.println("  " + problem);
        }
        if (problems.size() > MAX_PROBLEMS) {
            err.println("  … và " + (problems.size() - MAX_PROBLEMS) + " lỗi khác (chỉ in " + MAX_PROBLEMS
                    + " lỗi đầu tiên; sửa các lỗi trên rồi chạy lại).");
        }
    }

    static void findings(Results results, PrintWriter out) {
        List<Finding> findings = results.findings();
        if (findings.isEmpty()) {
            return;
        }
        out.println("Phát hiện về chất lượng dữ liệu (" + findings.size() + "; không chặn việc xuất bản):");
        for (Finding f : findings) {
            out.println("  " + f.period() + " " + f.unitCode() + ": " + f.message()
                    + f.source().map(s -> " [" + s.file() + ", dòng " + s.line() + "]").orElse(""));
        }
    }

    /** " (ảnh chụp ngày 2026-10-10, tạm tính; 4 ảnh chụp)" for figures from snapshots; "" for a plain file without. */
    private static String snapshot(Results results, Period period) {
        int count = results.snapshots(period).size();
        if (period.snapshot() == null) {
            return count == 0 ? "" : " (tệp chính thức; " + count + " ảnh chụp trước đó)";
        }
        return " (ảnh chụp ngày " + period.snapshot() + (period.provisional() ? ", tạm tính" : "") + "; " + count
                + " ảnh chụp)";
    }

    static void summary(Results results, PrintWriter out) {
        for (PeriodResult period : results.periods()) {
            long complete = period.units().stream().filter(u -> u.card().complete()).count();
            out.println("Kỳ " + period.period() + snapshot(results, period.period()) + ": " + period.units().size()
                    + " đơn vị, " + complete + " có đủ số liệu, " + period.findings().size() + " phát hiện.");
        }
    }
}
