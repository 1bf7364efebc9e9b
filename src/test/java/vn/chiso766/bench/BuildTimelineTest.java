package vn.chiso766.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTimelineTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheEnginesTimeTheStepsAndEachThreadsBusyness() throws Exception {
        Path file = tmp.resolve("timeline.tsv");
        Files.writeString(file, String.join("\n",
                "main\t100.0\t300.0\tbước: đọc số liệu",
                "chiso766-render-1\t300.0\t500.0\tdựng 2026-10/pdf/a.pdf",
                "chiso766-render-2\t300.0\t400.0\tchuẩn bị 2026-10/index.html",
                "chiso766-render-2\t400.0\t450.0\tdựng 2026-10/index.html",
                "chiso766-render-2\t450.0\t550.0\tdựng 2026-10/thong-bao.pdf",
                "chiso766-render-2\t460.0\t540.0\tthông báo: ghép phụ lục",
                "main\t300.0\t600.0\tbước: dựng và xuất bản") + "\n");
        BuildTimeline timeline = BuildTimeline.read(file);
        assertEquals(300_000_000L, timeline.pdfNanos());
        assertEquals(List.of("bước: đọc số liệu", "bước: dựng và xuất bản"),
                timeline.steps().stream().map(BuildTimeline.Span::what).toList());
        assertEquals(List.of("   @@  ", "   @@+ "), timeline.busyness(100), "half of 500–600 ms busy: +");
        assertEquals(2, timeline.busyness(0.3).size(), "ends, whatever the rounding of the buckets' bounds");
        assertEquals(2, timeline.busyness(7.7).size());
    }
}
