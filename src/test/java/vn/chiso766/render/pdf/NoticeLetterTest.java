package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Kind;
import vn.chiso766.render.Format;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;

/**
 * The notice as a letter of a few pages with its appendices, on the Gia Lai fixture and on a
 * province as large as Gia Lai's real data (150 units: generated, 20 agencies and 130 communes).
 */
class NoticeLetterTest {
    private static final int MAX_PAGES = 20;
    private static final List<Notice> NOTICES = new ArrayList<>();

    /** A province's scored data and its latest notice. */
    record Notice(String name, Results results, byte[] pdf) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void render(@TempDir Path folder) throws Exception {
        Results gialai = PdfFixture.results(folder.resolve("gia-lai"));
        NOTICES.add(new Notice("Gia Lai", gialai, notice(gialai)));
        Path data = folder.resolve("150");
        Sample.write(new SampleOptions(1, 20, 130, 2, YearMonth.of(2026, 10), SampleOptions.DEFAULT_SEED), data);
        Results large = Scorer.score(DataFolder.load(data));
        NOTICES.add(new Notice("151 đơn vị", large, notice(large)));
    }

    static Stream<Notice> notices() {
        return NOTICES.stream();
    }

    @ParameterizedTest
    @MethodSource("notices")
    void isALetterOfAFewPagesAndItsAppendices(Notice notice) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(notice.pdf())) {
            assertTrue(pdf.getNumberOfPages() <= MAX_PAGES, "pages: " + pdf.getNumberOfPages());
            int first = appendixStart(pdf);
            assertTrue(first <= 4, "the letter's pages: " + first);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                assertEquals(i >= first, landscape, "page " + (i + 1) + ": the letter portrait, the appendices landscape");
            }
            assertTrue(pdf.getNumberOfPages() > first, "appendix pages");
        }
    }

    /** Each unit's row: its scorecard's file, total, band and rank on one line. */
    @ParameterizedTest
    @MethodSource("notices")
    void theAppendicesCarryEveryUnitsTotalBandRankAndScorecard(Notice notice) throws IOException {
        List<String> lines = appendixText(notice.pdf()).lines().toList();
        SiteMap map = new SiteMap(notice.results());
        List<UnitResult> members = notice.results().latest().units().stream()
                .filter(u -> u.unit().kind() != Kind.PROVINCE).toList();
        assertTrue(members.size() == 14 || members.size() == 150, "units: " + members.size());
        for (UnitResult unit : members) {
            String path = map.scorecardPdf(notice.results().latest().period(), unit.unit().code());
            String card = path.substring(path.lastIndexOf('/') + 1);
            List<String> row = lines.stream().filter(l -> l.endsWith(" " + card)).toList();
            assertEquals(1, row.size(), unit.unit().name() + ": " + row);
            String total = unit.card().total().map(Format::points).orElse("—");
            String rank = unit.standing().rank().map(String::valueOf).orElse("—");
            assertTrue(row.get(0).startsWith(rank + " "), row.get(0));
            assertTrue(row.get(0).contains(" " + total + " " + unit.card().band().map(b -> b.name()).orElse("—")),
                    unit.unit().name() + " " + total + ": " + row.get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("notices")
    void everyAppendixPageRepeatsTheHeaderRow(Notice notice) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(notice.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = appendixStart(pdf) + 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                List<String> lines = text.lines().toList();
                int head = indexOf(lines, l -> l.startsWith("Hạng Đơn vị"));
                int row = indexOf(lines, l -> l.endsWith(".pdf"));
                assertTrue(head >= 0 && head < row, "page " + page + ": the header row above the units: " + text);
                String header = String.join(" ", lines.subList(head, row));
                for (String column : List.of("Tổng điểm", "Xếp loại", "Phiếu kết quả")) {
                    assertTrue(header.contains(column), "page " + page + ": " + column + " in " + header);
                }
            }
        }
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The page (from 0) of the first appendix, from the outline. */
    static int appendixStart(PDDocument pdf) throws IOException {
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().startsWith("Phụ lục I:")) {
                return pdf.getPages().indexOf(item.findDestinationPage(pdf));
            }
        }
        throw new AssertionError("no appendix in the outline");
    }

    private static String appendixText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(appendixStart(pdf) + 1);
            return stripper.getText(pdf);
        }
    }

    private static byte[] notice(Results results) {
        String period = results.latest().period().toString();
        return PdfFixture.bytes(PdfDocuments.of(results, 1), period + "/thong-bao-" + period + ".pdf");
    }
}
