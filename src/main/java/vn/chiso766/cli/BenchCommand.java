package vn.chiso766.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.chiso766.bench.Benchmark;
import vn.chiso766.bench.ProfileBreakdown;

/** Measures the build on seeded sample data of a province and of the whole country. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Đo tốc độ: sinh số liệu minh họa một tỉnh (≈150 đơn vị, 12 kỳ) và toàn quốc"
                + " (34 tỉnh, ≈4.100 đơn vị), dựng nhiều lần và in trung vị theo từng bước, số đơn vị mỗi giây,"
                + " heap cao nhất, thời gian dựng lại.",
            "Nên chạy với heap 1 GB: java -Xmx1g -jar target/chiso766.jar bench"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--work", paramLabel = "THƯ_MỤC", defaultValue = "target/bench",
            description = "Thư mục làm việc cho số liệu và ấn phẩm thử (mặc định: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--runs", defaultValue = "3", description = "Số lần chạy mỗi phép đo (mặc định: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--province-only", description = "Bỏ qua phép đo toàn quốc.")
    boolean provinceOnly;

    @Option(names = "--national-only", description = "Chỉ đo toàn quốc.")
    boolean nationalOnly;

    @Option(names = "--monthly-only", description = "Chỉ đo việc hằng tháng: tháng mới đến trên ấn phẩm tháng trước,"
            + " build trong JVM mới qua scripts/chiso766; in trung vị, khoảng dao động, sàn của PDF và dòng thời gian.")
    boolean monthlyOnly;

    @Option(names = "--daily-only", description = "Chỉ đo việc hằng ngày: một tỉnh có 300 ngày lấy số liệu của năm,"
            + " ngày mới đến trên ấn phẩm ngày trước, đo xen kẽ với việc hằng tháng; in tỷ lệ giữa hai việc.")
    boolean dailyOnly;

    @Option(names = "--breakdown", paramLabel = "TỆP", description = "Không đo: đọc các ngăn xếp gộp mà async-profiler"
            + " ghi (collapsed,threads) và in thời gian CPU theo từng phần của việc dựng PDF (xem README, Hiệu năng).")
    Path breakdown;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "1",
            description = "Khoảng lấy mẫu của tệp --breakdown, mili giây (mặc định: ${DEFAULT-VALUE}).")
    double interval;

    @Override
    public Integer call() throws Exception {
        if (breakdown != null) {
            ProfileBreakdown.print(breakdown, interval, spec.commandLine().getOut());
            return 0;
        }
        if (runs < 1) {
            spec.commandLine().getErr().println("--runs phải từ 1 trở lên.");
            return 2;
        }
        Benchmark benchmark = new Benchmark(work, runs, spec.commandLine().getOut());
        if (dailyOnly) {
            benchmark.daily();
        } else if (monthlyOnly) {
            benchmark.monthly(!nationalOnly, !provinceOnly);
        } else {
            benchmark.run(!nationalOnly, !provinceOnly);
        }
        return 0;
    }
}
