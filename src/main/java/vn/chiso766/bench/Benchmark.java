package vn.chiso766.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.render.pdf.EngineFloor;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;
import vn.chiso766.publish.Folders;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;

/**
 * The shipped benchmark of issue 5: builds a province (≈150 units, 12 months, everything
 * rendered) and the whole country (34 provinces, ≈4,100 units, 12 months of history, the latest
 * month fully rendered) from seeded sample data, several times, and prints medians: per step,
 * per rendering phase, units per second, peak heap, an unchanged rebuild and a one-unit change.
 */
public final class Benchmark {
    static final long SEED = 766;
    /** Daily snapshots in the daily job's data: 1 January to 27 October. */
    static final int DAYS = 300;
    private final Path work;
    private final int runs;
    private final PrintWriter out;

    public Benchmark(Path work, int runs, PrintWriter out) {
        this.work = work;
        this.runs = runs;
        this.out = out;
    }

    public void run(boolean province, boolean national) throws IOException, LoadException, InterruptedException {
        Report report = new Report(out);
        report.machine(runs);
        if (province) {
            province(report);
        }
        if (national) {
            national(report);
        }
        out.flush();
    }

    /** Only the monthly job of issue 16 (a new month over last month's publication), province then country. */
    public void monthly(boolean province, boolean national) throws IOException, InterruptedException {
        Report report = new Report(out);
        report.machine(runs);
        if (province) {
            provinceMonth(report);
        }
        if (national) {
            nationalMonth(report);
        }
        out.flush();
    }

    /**
     * Issue 21's daily job: a province with 300 daily snapshots of its year builds a new day over the
     * previous day's publication, measured against the monthly job, the two runs alternating.
     */
    public void daily() throws IOException, InterruptedException {
        Report report = new Report(out);
        report.machine(runs);
        Path province = data("tinh", new SampleOptions(1, 20, 130, 12, YearMonth.of(2026, 10), SEED));
        Path days = work.resolve("tinh-ngay-data");
        long start = System.nanoTime();
        java.time.LocalDate last = DailySnapshots.write(province, days, 2026, DAYS);
        out.println("Sinh " + DAYS + " ngày lấy số liệu của năm 2026 (đến " + last + "): "
                + Stats.seconds(System.nanoTime() - start));
        Rebuilds.Job month = Rebuilds.newMonth(province, work, "tinh");
        Rebuilds.Job day = Rebuilds.Job.prepare(days, work, "tinh-ngay", List.of("scores/2026/" + last + ".csv"));
        List<Rebuilds.Rebuild> months = new ArrayList<>();
        List<Rebuilds.Rebuild> newDays = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            months.add(month.run());
            newDays.add(day.run());
            out.println("  lần " + (i + 1) + ": tháng mới " + Stats.seconds(months.get(i).wallNanos()) + ", ngày mới "
                    + Stats.seconds(newDays.get(i).wallNanos()));
            out.flush();
        }
        report.monthly("Việc hằng tháng (đo xen kẽ với việc hằng ngày)", months);
        report.monthly("Việc hằng ngày: ngày thứ " + DAYS + " đến trên ấn phẩm ngày trước (" + DAYS
                + " ngày lấy số liệu của năm 2026; mục tiêu ≤ 1,3 × việc hằng tháng)", newDays);
        report.ratio("Việc hằng ngày / việc hằng tháng", Stats.median(newDays, Rebuilds.Rebuild::wallNanos),
                Stats.median(months, Rebuilds.Rebuild::wallNanos));
    }

    private void provinceMonth(Report report) throws IOException, InterruptedException {
        Path province = data("tinh", new SampleOptions(1, 20, 130, 12, YearMonth.of(2026, 10), SEED));
        report.monthly("Việc hằng tháng: tháng mới đến trên ấn phẩm tháng trước (build, JVM mới, "
                + Launcher.describe() + "; mục tiêu ≤ 3 s)", Rebuilds.newMonth(province, work, "tinh", runs));
    }

    private void nationalMonth(Report report) throws IOException, InterruptedException {
        Path three = data("toan-quoc-3-thang", new SampleOptions(34, 20, 100, 3, YearMonth.of(2026, 10), SEED));
        report.monthly("Toàn quốc, việc hằng tháng: tháng mới (kỳ thứ 3) đến trên ấn phẩm hai tháng trước (build, JVM mới, "
                + Launcher.describe() + "; mục tiêu ≤ 60 s)", Rebuilds.newMonth(three, work, "toan-quoc-3-thang", runs));
    }

    private void national(Report report) throws IOException, LoadException, InterruptedException {
        Path country = data("toan-quoc", new SampleOptions(34, 20, 100, 12, YearMonth.of(2026, 10), SEED));
        report.imports("Nhập câu trả lời của Cổng DVC cho cả nước (34 tỉnh, kỳ mới nhất)",
                Imports.national(country, work, Math.max(runs, 3)));
        report.build("Toàn quốc: 34 tỉnh, kỳ mới nhất dựng đầy đủ, 12 kỳ lịch sử", builds(country, "toan-quoc", 1));
        Results results = Scorer.score(DataFolder.load(country));
        report.median("Bảng tính Excel của kỳ, toàn quốc (mục tiêu ≤ 3 s)", OfficeFiles.workbook(results, office()));
        nationalMonth(report);
    }

    private void province(Report report) throws IOException, LoadException, InterruptedException {
        Path province = data("tinh", new SampleOptions(1, 20, 130, 12, YearMonth.of(2026, 10), SEED));
        List<Measurement> full = builds(province, "tinh", Integer.MAX_VALUE);
        report.build("Một tỉnh: toàn bộ trang, biểu đồ và PDF của 12 kỳ", full);
        report.build("Một tỉnh: chỉ kỳ mới nhất (build --recent 1, việc của mỗi tháng)",
                builds(province, "tinh-ky-moi", 1));
        provinceMonth(report);
        report.rebuild("Việc hằng tháng từ dòng lệnh (build --recent 1 vào thư mục trống, JVM mới, " + Launcher.describe()
                + ")", Rebuilds.monthly(province, work.resolve("tinh-thang-site"), runs, Launcher.command()));
        report.rebuild("  cùng việc đó với cờ mặc định của JVM",
                Rebuilds.monthly(province, work.resolve("tinh-thang-site"), runs, Launcher.java(List.of())));
        Path site = work.resolve("tinh-site-0");
        report.rebuild("Dựng lại khi không có gì thay đổi (tiến trình mới, gồm khởi động JVM)",
                Rebuilds.unchanged(province, site, runs));
        report.changed("Dựng lại khi số liệu một đơn vị thay đổi", Rebuilds.oneUnitChanged(province, site, work, runs));
        EngineFloor.Cost pdf = EngineFloor.scorecard(Scorer.score(DataFolder.load(province)), Math.max(5, runs * 3));
        report.ratio("Một phiếu PDF của đơn vị so với openhtmltopdf dựng trần cùng HTML", pdf.oursNanos(), pdf.bareNanos());
        Results results = Scorer.score(DataFolder.load(province));
        report.median("Bảng tính Excel của kỳ, một tỉnh (mục tiêu ≤ 300 ms)", OfficeFiles.workbook(results, office()));
        report.median("Thông báo bản Word của một tỉnh (mục tiêu ≤ 200 ms)", OfficeFiles.notice(results, office()));
    }

    /** Office files are quick: more runs than the builds for a steady median. */
    private int office() {
        return Math.max(5, runs * 3);
    }

    private Path data(String name, SampleOptions options) throws IOException {
        Path dir = work.resolve(name + "-data");
        if (!Files.isRegularFile(dir.resolve("units.csv"))) {
            Sample.write(options, dir);
        }
        return dir;
    }

    private List<Measurement> builds(Path data, String name, int recent) throws IOException, LoadException {
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path site = work.resolve(name + "-site-" + i);
            Files.createDirectories(work);
            Folders.delete(site);
            measurements.add(Pipeline.build(data, site, recent));
            out.println("  lần " + (i + 1) + ": " + Stats.seconds(measurements.get(i).wallNanos()));
            out.flush();
        }
        return measurements;
    }
}
