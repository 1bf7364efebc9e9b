package vn.chiso766.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.portal.Answer;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportReport;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Importer;
import vn.chiso766.portal.Retrieval;

/** Saved portal answers (JSON files) → the data folder, for offline use or when the portal blocks scripts. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Nhập các câu trả lời JSON của Cổng Dịch vụ công quốc gia (lưu từ công cụ nhà phát triển"
                + " của trình duyệt) vào thư mục dữ liệu: units.csv, scores/<kỳ>.csv, national/<kỳ>.csv (kỳ chưa kết thúc:"
                + " ảnh chụp của ngày, scores/<kỳ>/<ngày>.csv…).",
            "Mỗi tệp được nhận ra theo nội dung, không theo tên. Lỗi thì không ghi gì."})
final class ImportCommand implements Callable<Integer> {
    static Clock clock = Clock.systemDefaultZone();

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ số liệu: tháng (2026-10), quý (2026-Q3) hoặc năm (2026).")
    String period;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày Cổng hiển thị các câu trả lời này: chúng"
            + " được ghi thành ảnh chụp của ngày đó, scores/<kỳ>/<ngày>.csv. Mặc định: hôm nay nếu kỳ chưa kết thúc,"
            + " còn kỳ đã kết thúc thì ghi vào scores/<kỳ>.csv.")
    String date;

    @Option(names = "--data", paramLabel = "THƯ_MỤC", defaultValue = "data",
            description = "Thư mục dữ liệu (mặc định: ${DEFAULT-VALUE}); chưa có thì được tạo.")
    Path data;

    @Parameters(arity = "1..*", paramLabel = "ĐƯỜNG_DẪN", description = "Tệp JSON, hoặc thư mục chứa các tệp .json.")
    List<Path> paths;

    @Override
    public Integer call() {
        Period at = period();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Answer> answers = answers();
            List<String> names = answers.stream().map(Answer::origin).toList();
            ImportReport report = Importer.run(new ImportRequest(data, at, answers,
                    Retrieval.fromFiles(names, OffsetDateTime.now(clock)), java.util.Map.of()));
            print(report, out);
            return 0;
        } catch (ImportException e) {
            err.println("Không nhập được số liệu kỳ " + at + " (thư mục dữ liệu không thay đổi):");
            e.messages().forEach(m -> err.println("  " + m));
            return Main.DATA_ERROR;
        } catch (IOException e) {
            err.println("Không đọc được tệp: " + e.getMessage() + ". Thư mục dữ liệu không thay đổi.");
            return Main.DATA_ERROR;
        }
    }

    /** The period, as a snapshot when a day is given or the period is still running (Vietnam's time). */
    private Period period() {
        Period plain = Period.parse(period).orElseThrow(() -> usage("--period phải là một tháng (YYYY-MM, ví dụ"
                + " 2026-10), một quý (YYYY-Qn, ví dụ 2026-Q3) hoặc một năm (YYYY, ví dụ 2026); nhận được \""
                + period + "\"."));
        LocalDate today = LocalDate.now(clock.withZone(Retrieval.VIETNAM));
        if (date == null && today.isAfter(plain.lastDay())) {
            return plain;
        }
        LocalDate day = date == null ? today : Period.parseDate(date).orElseThrow(() -> usage("--date phải là một"
                + " ngày dạng YYYY-MM-DD, ví dụ 2026-10-10 (nhận được \"" + date + "\")."));
        if (day.isBefore(plain.firstDay()) || day.isAfter(today)) {
            throw usage("Ngày " + PeriodNames.date(day) + " không thuộc kỳ " + plain + " (" + PeriodNames.month(plain) + ", từ "
                    + PeriodNames.date(plain.firstDay()) + ") hoặc chưa đến (hôm nay " + PeriodNames.date(today) + ").");
        }
        return plain.at(day);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static void print(ImportReport report, PrintWriter out) {
        out.println("Đã nhận ra " + report.recognised().size() + " câu trả lời:");
        report.recognised().forEach(r -> out.println("  " + r));
        report.changes().forEach(out::println);
        if (!report.warnings().isEmpty()) {
            out.println("Lưu ý (" + report.warnings().size() + "):");
            report.warnings().forEach(w -> out.println("  " + w));
        }
    }

    /** The files named, and the .json files of the folders named (sorted, so every run reads them alike). */
    private List<Answer> answers() throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(ImportCommand::json).sorted().toList()) {
                        answers.add(new Answer(file.toString(), Files.readAllBytes(file)));
                    }
                }
            } else {
                answers.add(new Answer(path.toString(), Files.readAllBytes(path)));
            }
        }
        return answers;
    }

    private static boolean json(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && !name.startsWith(".");
    }
}
