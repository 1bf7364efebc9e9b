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
import java.util.Optional;
import vn.chiso766.load.DataDigest;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.publish.BuildIdentity;
import vn.chiso766.publish.Progress;
import vn.chiso766.publish.Publisher;
import vn.chiso766.render.Document;
import vn.chiso766.render.Publication;
import vn.chiso766.render.Timeline;
import vn.chiso766.render.pdf.Warmup;
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
            description = "Chỉ dựng trang và PDF cho N kỳ gần nhất của mỗi loại kỳ (tháng, quý, năm); các kỳ"
                    + " trước chỉ có dữ liệu mở (vẫn hiện trong xu hướng của từng đơn vị). Mặc định: mọi kỳ.")
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
        long step = System.nanoTime();
        Optional<DataDigest> digest = digest();
        String inputs = digest.map(d -> d.whole() + ":" + BuildIdentity.get() + (recent > 0 ? ":recent=" + recent : ""))
                .orElse("");
        Timeline.span("bước: dấu vân tay đầu vào", step);
        if (publisher.upToDate(inputs)) {
            stdout.println("Số liệu và chương trình không đổi từ lần xuất bản trước: " + out + " đã đúng, không ghi lại.");
            return 0;
        }
        Warmup.start(); // on the core that reading and scoring leave free
        Results results;
        try {
            results = score(digest);
        } catch (LoadException e) {
            Report.problems(e, stderr);
            stderr.println("Không xuất bản: " + out + " giữ nguyên như trước.");
            return Main.DATA_ERROR;
        }
        Report.findings(results, stdout);
        try {
            step = System.nanoTime();
            int periods = recent > 0 ? recent : Integer.MAX_VALUE;
            List<Document> documents = digest.isPresent() ? Publication.documents(results, periods, digest.get()::upTo)
                    : Publication.documents(results, periods);
            Timeline.span("bước: liệt kê tệp", step);
            step = System.nanoTime();
            Publisher.Outcome outcome = publisher.publish(documents, inputs, new Progress(stdout, System.console() != null));
            Timeline.span("bước: dựng và xuất bản", step);
            Timeline.write();
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

    /** Loads and scores in a method of its own: the loaded rows are not kept through the build by this frame. */
    private Results score(Optional<DataDigest> digest) throws LoadException {
        long step = System.nanoTime();
        var dataset = digest.isPresent() ? DataFolder.load(data, digest.get()) : DataFolder.load(data);
        Timeline.span("bước: đọc số liệu", step);
        step = System.nanoTime();
        Results results = Scorer.score(dataset);
        Timeline.span("bước: tính điểm", step);
        return results;
    }

    /** The data the publication is made from; empty (always rebuild, reuse by fingerprint only) if unreadable. */
    private Optional<DataDigest> digest() {
        try {
            return Optional.of(DataDigest.of(data));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
