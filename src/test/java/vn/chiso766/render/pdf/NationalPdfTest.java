package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.load.DataFolder;
import vn.chiso766.render.Document;
import vn.chiso766.score.Scorer;

/** Data with two provinces: one notice and one briefing per province, provinces ranked. */
class NationalPdfTest {

    @Test
    void eachProvinceHasItsOwnNoticeAndBriefing(@TempDir Path folder) throws Exception {
        Path gialai = folder.resolve("gia-lai");
        PdfFixture.results(gialai);
        Path data = folder.resolve("national");
        Files.createDirectories(data.resolve("scores"));
        for (String file : List.of("units.csv", "scores/2026-09.csv", "scores/2026-10.csv")) {
            Files.write(data.resolve(file), twoProvinces(Files.readAllLines(gialai.resolve("data").resolve(file))));
        }
        Files.writeString(data.resolve("publication.properties"), "H21.ky.ho_ten=Người Ký Gia Lai\n"
                + "K21.ky.ho_ten=Người Ký Tỉnh Khác\n", StandardCharsets.UTF_8);
        List<Document> documents = PdfDocuments.of(Scorer.score(DataFolder.load(data)), Integer.MAX_VALUE);

        List<String> paths = documents.stream().map(Document::path).toList();
        assertTrue(paths.contains("2026-10/tom-tat-2026-10-h21.pdf"), paths.toString());
        assertTrue(paths.contains("2026-10/tom-tat-2026-10-k21.pdf"), paths.toString());
        byte[] notice = PdfFixture.bytes(documents, "2026-10/thong-bao-2026-10-k21.pdf");
        String other = text(notice);
        assertTrue(other.contains("Người Ký Tỉnh Khác"));
        assertTrue(other.contains("ỦY BAN NHÂN DÂN TỈNH KHÁC"));
        assertTrue(other.contains("xếp hạng 1/2 tỉnh, thành phố"), other.substring(0, 900));
        try (PDDocument pdf = Loader.loadPDF(notice)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(NoticeLetterTest.appendixStart(pdf) + 1);
            List<String> cards = stripper.getText(pdf).lines().filter(l -> l.matches(".* [hk]21-\\d+\\.pdf")).toList();
            assertEquals(14, cards.size(), "a notice's appendix holds its own province's units only: " + cards);
            assertTrue(cards.stream().allMatch(l -> l.contains(" k21-")), cards.toString());
        }
    }

    /** The Gia Lai lines, then the same lines for "Tỉnh Khác" (K21) with two more points of CKMB. */
    private static List<String> twoProvinces(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (String line : lines.subList(1, lines.size())) {
            String copy = line.replace("H21", "K21").replace("UBND tỉnh Gia Lai", "UBND tỉnh Khác");
            out.add(copy.startsWith("K21,CKMB,,,") ? "K21,CKMB,,,13.79" : copy);
        }
        return out;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
