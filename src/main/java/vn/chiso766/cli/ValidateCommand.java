package vn.chiso766.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** Checks a data folder and prints every error and data-quality finding; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Kiểm tra số liệu: in mọi lỗi (tệp, dòng, cột) và mọi phát hiện về chất lượng dữ liệu."
                + " Không ghi tệp nào.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "THƯ_MỤC", defaultValue = "data",
            description = "Thư mục dữ liệu (mặc định: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        try {
            Results results = Scorer.score(DataFolder.load(data));
            Report.findings(results, spec.commandLine().getOut());
            Report.summary(results, spec.commandLine().getOut());
            return 0;
        } catch (LoadException e) {
            Report.problems(e, spec.commandLine().getErr());
            return Main.DATA_ERROR;
        }
    }
}
