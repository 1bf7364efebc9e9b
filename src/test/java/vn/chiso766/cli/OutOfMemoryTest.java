package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.ChildBuild;
import vn.chiso766.TestData;
import vn.chiso766.Trees;

/** A build that runs out of heap says so in words, with what to do, and keeps the old publication. */
class OutOfMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildOutOfHeap_exitsWithAMessageAndKeepsThePreviousPublication() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--data", TestData.GIA_LAI.toString(), "--out", out.toString()));
        Map<String, byte[]> before = Trees.snapshot(out);
        Path log = tmp.resolve("log.txt");
        // The serial collector fails fast where the parallel one would first thrash for minutes.
        Process child = ChildBuild.start(Path.of("data"), out, ProcessBuilder.Redirect.to(log.toFile()),
                "-Xmx12m", "-XX:+UseSerialGC");
        assertEquals(Main.OUTPUT_ERROR, child.waitFor());
        String said = Files.readString(log);
        assertTrue(said.contains("Không đủ bộ nhớ") && said.contains("JAVA_OPTS=\"-Xmx2g"), said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
        Trees.assertIdentical(before, Trees.snapshot(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(".site.lock", "log.txt", "site"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theErrorIsFoundWrappedOrSuppressed() {
        assertTrue(OutOfMemory.causes(new ServiceConfigurationError("x", new OutOfMemoryError())));
        RuntimeException suppressing = new RuntimeException("dọn dẹp");
        suppressing.addSuppressed(new IllegalStateException(new OutOfMemoryError()));
        assertTrue(OutOfMemory.causes(suppressing));
        assertFalse(OutOfMemory.causes(new RuntimeException(new java.io.IOException("đĩa đầy"))));
    }

    @Test
    void theMessageNamesTheFolderKeptAndHowToGiveMoreHeap() {
        StringWriter text = new StringWriter();
        assertEquals(Main.OUTPUT_ERROR, OutOfMemory.report(new PrintWriter(text, true), Path.of("site")));
        assertTrue(text.toString().contains("site giữ nguyên như trước"), text.toString());
    }
}
