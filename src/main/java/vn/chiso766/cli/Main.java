package vn.chiso766.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** chiso766: publishes Decision 766 index results as a static website, PDFs and open data. */
@Command(name = "chiso766", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        resourceBundle = "vn.chiso766.cli.Messages",
        description = {
            "Xuất bản kết quả Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) hằng tháng:",
            "trang web tĩnh, tệp PDF và dữ liệu mở, từ số liệu CSV trong thư mục dữ liệu."},
        subcommands = {FetchCommand.class, ImportCommand.class, BuildCommand.class, ValidateCommand.class,
            GenerateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Ví dụ:",
            "  chiso766 build                 (đọc data/, ghi site/)",
            "  chiso766 validate --data data  (chỉ kiểm tra số liệu)",
            "  chiso766 generate --out data   (sinh số liệu minh họa)",
            "  chiso766 fetch --province H21 --period 2026-11   (lấy số liệu từ Cổng DVC)",
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
        return commandLine().execute(args);
    }

    /** The command line with its Vietnamese help and version on every command. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setParameterExceptionHandler(new ParseErrors());
        // Each subcommand's -V prints what the main command's does.
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionText()));
        // picocli's help command has its texts in its annotation, where the bundle does not reach.
        line.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("In hướng dẫn của một lệnh.").description(new String[0]);
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
