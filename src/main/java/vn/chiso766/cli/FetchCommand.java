package vn.chiso766.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chiso766.model.Period;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportReport;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Retrieval;
import vn.chiso766.portal.fetch.FetchException;
import vn.chiso766.portal.fetch.Fetcher;
import vn.chiso766.portal.fetch.Haul;
import vn.chiso766.portal.fetch.PortalClient;
import vn.chiso766.publish.Progress;

/** The portal's answers for a month, over HTTP, handed to the import (which writes them or nothing). */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Lấy số liệu một tháng từ Cổng Dịch vụ công quốc gia và nhập vào thư mục dữ liệu"
                + " (như lệnh import). Gọi Cổng từng yêu cầu một, có nghỉ giữa các yêu cầu.",
            "Nếu một yêu cầu không thành, không ghi gì: thư mục dữ liệu giữ nguyên."},
        footer = {"", "Ví dụ:",
            "  fetch --province H21 --period 2026-11    (một tỉnh, vào data/)",
            "  fetch --province all --period 2026-11    (cả nước)"})
final class FetchCommand implements Callable<Integer> {
    static final String PORTAL = "https://dichvucong.gov.vn";

    @Spec
    CommandSpec spec;

    @Option(names = "--province", paramLabel = "MÃ", required = true,
            description = "Mã tỉnh trên Cổng DVC quốc gia (ví dụ H21), hoặc all để lấy cả nước.")
    String province;

    @Option(names = "--period", paramLabel = "YYYY-MM", required = true,
            description = "Tháng cần lấy, đã kết thúc (ví dụ 2026-11).")
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
        Period month = period();
        String base = portal();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        PortalClient client = new PortalClient(base, setup.politeness().withDelay(delay()), setup.clock(),
                setup.sleeper(), stderr::println);
        OffsetDateTime at = OffsetDateTime.now(setup.clock().withZone(FetchSetup.VIETNAM));
        stderr.println("Đang lấy số liệu kỳ " + month + " của " + (all() ? "cả nước" : "tỉnh " + province) + " từ "
                + base + ", mỗi lần một yêu cầu…");
        try {
            Fetcher fetcher = new Fetcher(client);
            Haul haul = all() ? fetcher.country(month, new Progress(stderr, System.console() != null, "tỉnh"))
                    : fetcher.province(month, province);
            stdout.println("Đã nhận " + haul.requests() + " câu trả lời từ " + base + ".");
            print(setup.importer().run(new ImportRequest(data, month, haul.answers(), Retrieval.fromPortal(base, at),
                    haul.raw())), stdout);
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

    /** A month the portal has finished: figures of a running month are not offered yet. */
    private Period period() {
        Period month = Period.parse(period).orElseThrow(() -> usage(
                "--period phải là tháng dạng YYYY-MM, ví dụ 2026-11 (nhận được \"" + period + "\")."));
        LocalDate today = LocalDate.now(setup.clock().withZone(FetchSetup.VIETNAM));
        if (!month.firstMonth().isBefore(YearMonth.from(today))) {
            throw usage("Tháng " + month + " chưa kết thúc (hôm nay " + today + " theo giờ Việt Nam): Cổng DVC quốc gia"
                    + " chỉ có số liệu của tháng đã kết thúc. Tháng gần nhất lấy được: "
                    + YearMonth.from(today).minusMonths(1) + ".");
        }
        return month;
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
