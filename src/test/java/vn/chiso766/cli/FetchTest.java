package vn.chiso766.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.Trees;
import vn.chiso766.portal.fetch.ReplayPortal;

/** A fresh replay portal and a copy of the sample data folder per test, and fetch run against them. */
abstract class FetchTest {
    @TempDir
    Path tmp;
    Path data;
    ReplayPortal portal;

    @BeforeEach
    void start() throws IOException {
        portal = ReplayPortal.phuTho();
        data = tmp.resolve("data");
        Trees.copy(Path.of("data"), data);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** fetch with a test's surroundings, into the data folder, from the replay portal without pauses. */
    Cli fetch(FetchSetup setup, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        if (!all.contains("--portal")) {
            all.addAll(List.of("--portal", portal.url()));
        }
        if (!all.contains("--delay")) {
            all.addAll(List.of("--delay", "0"));
        }
        return Cli.run(new FetchCommand(setup), all.toArray(String[]::new));
    }
}
