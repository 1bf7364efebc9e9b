package vn.chiso766.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** chiso766: publishes Decision 766 index results as a static website, PDFs and open data. */
@Command(name = "chiso766", mixinStandardHelpOptions = true, version = "chiso766 0.1.0",
        description = {
            "Xuất bản kết quả Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) hằng tháng:",
            "trang web tĩnh, tệp PDF và dữ liệu mở, từ số liệu CSV trong thư mục dữ liệu.",
            ""},
        subcommands = {FetchCommand.class, ImportCommand.class, BuildCommand.class, ValidateCommand.class,
            GenerateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Ví dụ:",
            "  java -jar target/chiso766.jar build                 (đọc data/, ghi site/)",
            "  java -jar target/chiso766.jar validate --data data  (chỉ kiểm tra số liệu)",
            "  java -jar target/chiso766.jar generate --out data   (sinh số liệu minh họa)",
            "  java -jar target/chiso766.jar fetch --province H21 --period 2026-11   (lấy số liệu từ Cổng DVC)",
            "", "Mã thoát: 0 thành công; 1 số liệu hoặc Cổng DVC có lỗi; 2 sai cú pháp lệnh; 3 lỗi khi ghi kết quả."})
public final class Main implements Runnable {
    static final int DATA_ERROR = 1;
    static final int OUTPUT_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests without exiting). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
