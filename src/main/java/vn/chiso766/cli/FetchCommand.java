package vn.chiso766.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportReport;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Retrieval;
import vn.chiso766.portal.fetch.FetchException;
import vn.chiso766.portal.fetch.Fetcher;
import vn.chiso766.portal.fetch.Haul;
import vn.chiso766.portal.fetch.PortalClient;
import vn.chiso766.publish.Progress;

/**
 * The portal's answers for a period, over HTTP, handed to the import (which writes them or nothing):
 * a period that has ended as its plain file, a running one as the snapshot of the portal's day.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Lấy số liệu một kỳ (tháng, quý hoặc năm) từ Cổng Dịch vụ công quốc gia và nhập vào thư mục"
                + " dữ liệu (như lệnh import). Gọi Cổng từng yêu cầu một, có nghỉ giữa các yêu cầu.",
            "Kỳ đã kết thúc được ghi vào scores/<kỳ>.csv; kỳ đang diễn ra được ghi thành ảnh chụp của ngày"
                + " (theo giờ của Cổng): scores/<kỳ>/<YYYY-MM-DD>.csv, lấy lại trong ngày thì thay ảnh chụp đó.",
            "Nếu một yêu cầu không thành, không ghi gì: thư mục dữ liệu giữ nguyên."},
        footer = {"", "Ví dụ:",
            "  fetch --province H21 --period 2026-11    (một tháng của một tỉnh, vào data/)",
            "  fetch --province H21 --period 2026       (năm 2026, đến hôm nay nếu chưa hết)",
            "  fetch --province all --period 2026-Q3    (một quý, cả nước)"})
final class FetchCommand implements Callable<Integer> {
    static final String PORTAL = "https://dichvucong.gov.vn";

    @Spec
    CommandSpec spec;

    @Option(names = "--province", paramLabel = "MÃ", required = true,
            description = "Mã tỉnh trên Cổng DVC quốc gia (ví dụ H21), hoặc all để lấy cả nước.")
    String province;

    @Option(names = "--period", paramLabel = "KỲ", required = true,
            description = "Kỳ cần lấy: tháng (2026-11), quý (2026-Q3) hoặc năm (2026); đã kết thúc hoặc đang diễn ra.")
    String period;

    @Option(names = "--data", paramLabel = "THƯ_MỤC", defaultValue = "data",
            description = "Thư mục dữ liệu (mặc định: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--portal", paramLabel = "URL", defaultValue = PORTAL,
            description = "Địa chỉ Cổng (mặc định: ${DEFAULT-VALUE}).")
    String portal;

    @Option(names = "--delay", paramLabel = "GIÂY", defaultValue = "1",
            description = "Số giây nghỉ giữa hai yêu cầu (mặc định: ${DEFAULT-VALUE}).")
    double delay;

    private final FetchSetup setup;

    FetchCommand() {
        this(FetchSetup.real());
    }

    FetchCommand(FetchSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() {
        Period asked = period();
        String base = portal();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        PortalClient client = new PortalClient(base, setup.politeness().withDelay(delay()), setup.clock(),
                setup.sleeper(), stderr::println);
        stderr.println("Đang lấy số liệu kỳ " + asked + " của " + (all() ? "cả nước" : "tỉnh " + province) + " từ "
                + base + ", mỗi lần một yêu cầu…");
        try {
            Fetcher fetcher = new Fetcher(client);
            Haul haul = all() ? fetcher.country(asked, new Progress(stderr, System.console() != null, "tỉnh"))
                    : fetcher.province(asked, province);
            stdout.println("Đã nhận " + haul.requests() + " câu trả lời từ " + base + ".");
            Period taken = taken(asked, haul.taken(), stdout);
            print(setup.importer().run(new ImportRequest(data, taken, haul.answers(),
                    Retrieval.fromPortal(base, haul.taken().toOffsetDateTime()), haul.raw())), stdout);
            return 0;
        } catch (FetchException e) {
            stderr.println(e.getMessage());
            stderr.println("Không ghi gì: " + data + " giữ nguyên như trước.");
            return Main.DATA_ERROR;
        } catch (ImportException e) {
            stderr.println("Số liệu lấy về không nhập được:");
            e.messages().forEach(m -> stderr.println("  " + m));
            stderr.println("Không ghi gì: " + data + " giữ nguyên như trước.");
            return Main.DATA_ERROR;
        }
    }

    private boolean all() {
        return "all".equalsIgnoreCase(province.strip());
    }

    /** A period that has begun (by the machine's clock; the portal's own is checked on its first answer). */
    private Period period() {
        Period asked = Period.parse(period).orElseThrow(() -> usage("--period phải là một tháng (YYYY-MM, ví dụ"
                + " 2026-11), một quý (YYYY-Qn, ví dụ 2026-Q3) hoặc một năm (YYYY, ví dụ 2026); nhận được \""
                + period + "\"."));
        LocalDate today = LocalDate.now(setup.clock().withZone(Retrieval.VIETNAM));
        if (asked.firstDay().isAfter(today)) {
            throw usage("Kỳ " + asked + " (" + PeriodNames.month(asked) + ") chưa bắt đầu (hôm nay " + PeriodNames.date(today)
                    + " theo giờ Việt Nam): Cổng DVC quốc gia chưa có số liệu. Kỳ cùng loại gần nhất lấy được: "
                    + Period.containing(asked.span(), today) + ".");
        }
        return asked;
    }

    /**
     * A period that ended before the portal's day is its plain file; a running one, the snapshot of
     * that day (a second fetch the same day replaces it).
     */
    private static Period taken(Period asked, ZonedDateTime at, PrintWriter out) {
        if (at.toLocalDate().isAfter(asked.lastDay())) {
            return asked;
        }
        Period snapshot = asked.at(at.toLocalDate());
        out.println(PeriodNames.provisional(snapshot) + " (" + PeriodNames.month(snapshot) + " chưa kết thúc; giờ của Cổng "
                + at.toLocalTime().withNano(0) + "): ghi thành ảnh chụp của ngày này.");
        return snapshot;
    }

    private String portal() {
        try {
            URI uri = URI.create(portal);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return portal.replaceAll("/+$", "");
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw usage("--portal phải là địa chỉ http(s), ví dụ " + PORTAL + " (nhận được \"" + portal + "\").");
    }

    private Duration delay() {
        if (!(delay >= 0 && delay <= 600)) {
            throw usage("--delay phải từ 0 đến 600 giây (nhận được " + delay + ").");
        }
        return Duration.ofMillis(Math.round(delay * 1000));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void print(ImportReport report, PrintWriter out) {
        for (List<String> lines : List.of(report.recognised(), report.changes(), report.warnings())) {
            lines.forEach(line -> out.println("  " + line));
        }
    }
}
