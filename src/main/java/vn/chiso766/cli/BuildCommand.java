package vn.chiso766.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
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

    @Override
    public Integer call() {
        Results results;
        try {
            results = Scorer.score(DataFolder.load(data));
        } catch (LoadException e) {
            Report.problems(e, spec.commandLine().getErr());
            spec.commandLine().getErr().println("Không xuất bản: " + out + " giữ nguyên như trước.");
            return Main.DATA_ERROR;
        }
        Report.findings(results, spec.commandLine().getOut());
        try {
            List<Document> documents = Publication.documents(results);
            new Publisher(out).publish(documents);
            spec.commandLine().getOut().println("Đã xuất bản " + documents.size() + " tệp vào " + out + ".");
            Report.summary(results, spec.commandLine().getOut());
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi khi ghi ấn phẩm: " + e.getMessage());
            spec.commandLine().getErr().println(out + " giữ nguyên như trước.");
            return Main.OUTPUT_ERROR;
        }
    }
}
