package vn.chiso766.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileBreakdownTest {
    private static final String SAVE = "[chiso766-render-1 tid=7];vn/chiso766/render/pdf/PdfWriter.save;"
            + "org/apache/pdfbox/pdmodel/PDDocument.save;";

    @Test
    void aStackCountsForTheFirstCategoryItHolds() {
        Map<String, Map<String, Long>> groups = ProfileBreakdown.of(List.of(
                SAVE + "org/apache/pdfbox/pdmodel/font/TrueTypeEmbedder.subset;java/util/zip/Deflater.deflate 5",
                SAVE + "org/apache/pdfbox/pdfwriter/COSWriter.write 3",
                SAVE + "org/apache/pdfbox/pdfwriter/COSWriter.write;java/util/zip/Deflater.deflate 2",
                "[C1 CompilerThre tid=9];Compilation::compile 4",
                "[GC Thread#0 tid=3];PSPromotionManager::drain 6",
                "[main tid=1];vn/chiso766/score/Scorer.score 1",
                "[chiso766-render-2 tid=8];java/lang/Object.wait 1"));
        assertEquals(Map.of("phông chữ: cắt tập con và nén (PDFBox)", 5L, "ghi PDF: luồng đối tượng, bảng xref", 5L,
                "khác", 1L), groups.get("luồng dựng tài liệu"));
        assertEquals(Map.of("trình biên dịch JIT", 4L), groups.get("trình biên dịch JIT"));
        assertEquals(Map.of("thu gom rác", 6L), groups.get("thu gom rác"));
        assertEquals(Map.of("đọc số liệu, tính điểm", 1L), groups.get("luồng chính"));
    }

    @Test
    void printsSecondsAndSharesOfTheWhole(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.collapsed"), SAVE + "org/apache/pdfbox/pdfwriter/COSWriter.write 750\n"
                + "[GC Thread#0 tid=3];PSPromotionManager::drain 250\n");
        StringWriter out = new StringWriter();
        ProfileBreakdown.print(file, 2, new PrintWriter(out));
        String report = out.toString();
        assertTrue(report.startsWith("Thời gian CPU theo mẫu của p.collapsed: 2,00 s (1000 mẫu, mỗi 2 ms)"), report);
        assertTrue(report.contains("luồng dựng tài liệu: 1,50 s (75,0 %)"), report);
        assertTrue(report.contains("thu gom rác: 0,50 s (25,0 %)"), report);
    }
}
