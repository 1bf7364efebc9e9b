package vn.chiso766.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chiso766.model.Period;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;

/** Writes seeded demonstration data (units.csv, scores/*.csv) for trying out and benchmarking. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Sinh số liệu minh họa (tỉnh Mẫu, không phải số liệu thật) theo đúng định dạng đầu vào:"
                + " units.csv và scores/YYYY-MM.csv. Cùng hạt giống cho cùng từng byte.",
            "Không ghi danh mục chỉ số (catalogue/) và publication.properties."},
        footer = {"", "Ví dụ:",
            "  generate --out data   (số liệu mẫu: 1 tỉnh, 20 sở, 120 xã, 12 tháng)",
            "  generate --out /tmp/toan-quoc --provinces 34 --communes 100   (toàn quốc)"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", required = true,
            description = "Thư mục ghi số liệu (tạo nếu chưa có; units.csv và các tệp kỳ được ghi đè).")
    Path out;

    @Option(names = "--provinces", paramLabel = "SỐ", defaultValue = "" + SampleOptions.DEFAULT_PROVINCES,
            description = "Số tỉnh minh họa (mặc định: ${DEFAULT-VALUE}; 34 cho số liệu toàn quốc).")
    int provinces;

    @Option(names = "--agencies", paramLabel = "SỐ", defaultValue = "" + SampleOptions.DEFAULT_AGENCIES,
            description = "Số sở, ban, ngành mỗi tỉnh (mặc định: ${DEFAULT-VALUE}).")
    int agencies;

    @Option(names = "--communes", paramLabel = "SỐ", defaultValue = "" + SampleOptions.DEFAULT_COMMUNES,
            description = "Số xã, phường, đặc khu mỗi tỉnh (mặc định: ${DEFAULT-VALUE}).")
    int communes;

    @Option(names = "--months", paramLabel = "SỐ", defaultValue = "" + SampleOptions.DEFAULT_MONTHS,
            description = "Số tháng liên tiếp (mặc định: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--until", paramLabel = "YYYY-MM", defaultValue = SampleOptions.DEFAULT_UNTIL,
            description = "Tháng cuối cùng (mặc định: ${DEFAULT-VALUE}).")
    String until;

    @Option(names = "--seed", paramLabel = "SỐ", defaultValue = "" + SampleOptions.DEFAULT_SEED,
            description = "Hạt giống ngẫu nhiên (mặc định: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SampleOptions options = options();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            List<Path> stale = Sample.stale(options, out);
            if (!stale.isEmpty()) {
                stderr.println("Thư mục " + out.resolve(Sample.SCORES) + " đã có tệp kỳ khác với các kỳ sẽ sinh: "
                        + stale.stream().map(p -> p.getFileName().toString()).toList()
                        + ". Hãy xóa chúng hoặc chọn thư mục khác bằng --out.");
                return Main.OUTPUT_ERROR;
            }
            long start = System.nanoTime();
            Sample.Summary summary = Sample.write(options, out);
            List<Period> periods = summary.periods();
            stdout.printf("Đã ghi %d đơn vị, %d kỳ (%s đến %s), %d dòng số liệu vào %s trong %d ms.%n",
                    summary.units(), periods.size(), periods.get(0), periods.get(periods.size() - 1),
                    summary.rows(), out, (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (IOException | RuntimeException e) {
            stderr.println("Lỗi khi ghi số liệu vào " + out + ": " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
    }

    private SampleOptions options() {
        YearMonth last = Period.parse(until).filter(Period::isMonth).map(Period::firstMonth).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--until phải là tháng dạng YYYY-MM, ví dụ 2026-10 (nhận được \"" + until + "\")."));
        try {
            return new SampleOptions(provinces, agencies, communes, months, last, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Tùy chọn không hợp lệ: " + e.getMessage());
        }
    }
}
