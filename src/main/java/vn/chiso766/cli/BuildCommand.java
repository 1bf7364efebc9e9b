package vn.chiso766.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.publish.BuildIdentity;
import vn.chiso766.publish.Progress;
import vn.chiso766.publish.Publisher;
import vn.chiso766.render.Document;
import vn.chiso766.render.Publication;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** load → score → render → publish. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Xây dựng toàn bộ ấn phẩm (trang web, PDF, dữ liệu mở) từ thư mục dữ liệu."
                + " Ấn phẩm cũ chỉ được thay khi ấn phẩm mới đã hoàn chỉnh.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "THƯ_MỤC", defaultValue = "data",
            description = "Thư mục dữ liệu (mặc định: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", defaultValue = "site",
            description = "Thư mục xuất bản (mặc định: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--recent", paramLabel = "N", defaultValue = "0",
            description = "Chỉ dựng trang và PDF cho N kỳ gần nhất; các kỳ trước chỉ có dữ liệu mở"
                    + " (vẫn hiện trong xu hướng của từng đơn vị). Mặc định: mọi kỳ.")
    int recent;

    @Override
    public Integer call() {
        try {
            return build();
        } catch (RuntimeException | Error e) {
            if (OutOfMemory.causes(e)) {
                return OutOfMemory.report(spec.commandLine().getErr(), out);
            }
            throw e;
        }
    }

    private int build() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Publisher publisher = new Publisher(out);
        String inputs = inputs() + (recent > 0 ? ":recent=" + recent : "");
        if (publisher.upToDate(inputs)) {
            stdout.println("Số liệu và chương trình không đổi từ lần xuất bản trước: " + out + " đã đúng, không ghi lại.");
            return 0;
        }
        Results results;
        try {
            results = Scorer.score(DataFolder.load(data));
        } catch (LoadException e) {
            Report.problems(e, stderr);
            stderr.println("Không xuất bản: " + out + " giữ nguyên như trước.");
            return Main.DATA_ERROR;
        }
        Report.findings(results, stdout);
        try {
            List<Document> documents = Publication.documents(results, recent > 0 ? recent : Integer.MAX_VALUE);
            Publisher.Outcome outcome = publisher.publish(documents, inputs, new Progress(stdout, System.console() != null));
            stdout.println("Đã xuất bản " + outcome.documents() + " tệp vào " + out + " (dựng mới " + outcome.rendered()
                    + ", giữ nguyên " + (outcome.documents() - outcome.rendered()) + ").");
            Report.summary(results, stdout);
            return 0;
        } catch (IOException | RuntimeException e) {
            if (OutOfMemory.causes(e)) {
                return OutOfMemory.report(stderr, out);
            }
            stderr.println("Lỗi khi ghi ấn phẩm: " + e.getMessage());
            stderr.println(out + " giữ nguyên như trước.");
            return Main.OUTPUT_ERROR;
        }
    }

    /** The data and the tool that make the publication; empty (always rebuild) if unreadable. */
    private String inputs() {
        try {
            return DataFolder.digest(data) + ":" + BuildIdentity.get();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
