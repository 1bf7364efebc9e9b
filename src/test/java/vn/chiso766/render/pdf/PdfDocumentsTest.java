package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.chiso766.model.Release;
import vn.chiso766.render.Document;
import vn.chiso766.render.Format;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.UnitResult;

/** The PDFs of the Gia Lai fixture: conformance, text, pages, outline, reproducibility. */
class PdfDocumentsTest {
    private static final String NOTICE = "2026-10/thong-bao-2026-10.pdf";
    private static final String BRIEFING = "2026-10/tom-tat-2026-10.pdf";
    private static final String SCORECARD = "2026-10/pdf/h21-16.pdf";

    private static Results results;
    private static List<Document> documents;
    private static byte[] notice;
    private static byte[] briefing;
    private static byte[] scorecard;

    @BeforeAll
    static void render(@TempDir Path folder) throws Exception {
        results = PdfFixture.results(folder);
        documents = PdfDocuments.of(results, Integer.MAX_VALUE);
        notice = PdfFixture.bytes(documents, NOTICE);
        briefing = PdfFixture.bytes(documents, BRIEFING);
        scorecard = PdfFixture.bytes(documents, SCORECARD);
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everyUnitAndPeriodHasAScorecardANoticeAndABriefing() {
        List<String> paths = documents.stream().map(Document::path).toList();
        for (PeriodResult period : results.periods()) {
            assertTrue(paths.contains(period.period() + "/thong-bao-" + period.period() + ".pdf"));
            assertTrue(paths.contains(period.period() + "/tom-tat-" + period.period() + ".pdf"));
        }
        assertEquals(2 * (15 + 2), paths.size());
        assertTrue(paths.contains("2026-09/pdf/h21.pdf"));
        assertTrue(PdfDocuments.of(results, 1).stream().noneMatch(d -> d.path().startsWith("2026-09/")),
                "only the latest period when asked for one");
    }

    @Test
    void conformToPdfA2uAndPdfUa1() throws Exception {
        for (byte[] pdf : List.of(scorecard, notice, briefing)) {
            assertConforms(pdf, PDFAFlavour.PDFA_2_U);
            assertConforms(pdf, PDFAFlavour.PDFUA_1);
        }
    }

    @Test
    void noticeShowsEveryUnitWithItsTotalTheDateLineAndTheSigner() throws Exception {
        String text = text(notice);
        for (UnitResult unit : results.latest().units()) {
            assertTrue(text.contains(unit.unit().name()) || unit.unit().kind() == vn.chiso766.model.Kind.PROVINCE,
                    unit.unit().name());
            assertTrue(text.contains(Format.points(unit.card().total().orElseThrow())), unit.unit().name());
        }
        assertTrue(text.contains("Gia Lai, ngày 05 tháng 11 năm 2026"), "date line");
        assertTrue(text.contains("Số: 57/TB-UBND"), "number");
        assertTrue(text.contains(PdfFixture.SIGNER), "signer");
        assertTrue(text.contains("ỦY BAN NHÂN DÂN TỈNH GIA LAI"), "issuing body");
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "motto");
        assertTrue(text.contains("- Lưu: VT, KSTT."), "recipients");
    }

    @Test
    void scorecardShowsTheUnitItsTotalAndItsRank() throws Exception {
        UnitResult unit = results.latest().unit("H21.16").orElseThrow();
        String text = text(scorecard);
        assertTrue(text.contains("Sở Tư pháp"));
        assertTrue(text.contains(Format.points(unit.card().total().orElseThrow())));
        assertTrue(text.contains(unit.standing().rank().orElseThrow() + "/14"));
        assertTrue(text.contains("Trung vị sở, ban, ngành"), "the chart's legend is real text");
        assertTrue(text.contains("Chỉ tiêu được giao"), "the targets' section");
        assertTrue(text.replace("\n", " ").contains("cần thêm 6 hồ sơ xử lý trước hạn, đúng hạn"), "the unit row: 90%");
    }

    @Test
    void noticeReportsTheTargetsAndNamesTheLeadOfAProvinceWideIndicator() throws Exception {
        String text = text(notice).replace("\n", " ").replaceAll(" +", " ");
        assertTrue(text.contains("Kết quả thực hiện chỉ tiêu được giao"), "the section");
        assertTrue(text.contains("Sở Tư pháp (cần thêm 6 hồ sơ)"), "who missed and by how much");
        assertTrue(text.contains("đề nghị Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp khẩn trương"), "the lead");
        assertTrue(text(briefing).contains("Thực hiện chỉ tiêu được giao"), "the briefing's table");
    }

    @Test
    void pagesAreA4PortraitAndTheBriefingLandscapeOnAtMostTwoPages() throws Exception {
        try (PDDocument n = Loader.loadPDF(notice); PDDocument s = Loader.loadPDF(scorecard);
             PDDocument b = Loader.loadPDF(briefing)) {
            int appendix = NoticeLetterTest.appendixStart(n);
            for (PDPage page : n.getPages()) {
                assertA4(page, n.getPages().indexOf(page) >= appendix);
            }
            for (PDPage page : s.getPages()) {
                assertA4(page, false);
            }
            assertTrue(s.getNumberOfPages() <= 2);
            for (PDPage page : b.getPages()) {
                assertA4(page, true);
            }
            assertTrue(b.getNumberOfPages() <= 2, "briefing pages: " + b.getNumberOfPages());
        }
    }

    @Test
    void noticeOutlineHasTheLettersSectionsThenTheAppendix() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(notice)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add("  " + child.getTitle()));
            }
            assertEquals(List.of("Thông báo", "  1. Kết quả chung của tỉnh Gia Lai", "  2. Kết quả của các sở, ban, ngành",
                    "  3. Kết quả thực hiện chỉ tiêu được giao", "  4. Các chỉ số mất nhiều điểm (điểm nghẽn)",
                    "  5. Đơn vị cần tập trung khắc phục", "  6. Đề nghị", "  Nơi nhận và chữ ký",
                    "Phụ lục I: Kết quả các sở, ban, ngành"), titles);
        }
    }

    @Test
    void noticeSaysWhereEachUnitFindsItsScorecard() throws Exception {
        String text = text(notice);
        assertTrue(text.contains("Phiếu kết quả của từng đơn vị"), text);
        assertTrue(text.contains("trong thư mục 2026-10/pdf/ của ấn phẩm"), "no address in the settings: the folder");
        assertTrue(text.contains("(ví dụ Sở Văn hóa, Thể thao và Du lịch: h21-17.pdf)"), "the first unit of the appendix as an example: " + text);
        assertTrue(text.contains("Chi tiết kết quả của từng đơn vị tại Phụ lục I kèm theo."));
        assertTrue(text.contains("Phụ lục I KẾT QUẢ BỘ CHỈ SỐ THÁNG 10/2026 CỦA CÁC SỞ, BAN, NGÀNH (Kèm theo Thông"
                + " báo số 57/TB-UBND ngày 05 tháng 11 năm 2026)"), text);
        assertFalse(text.contains("Số liệu tạm tính"), "final figures have no provisional line");
    }

    /** In the sample data (data/), the unit missing a group's data runs onto a second page. */
    @Test
    void aScorecardOnTwoPagesNumbersItsSecondPageAtTheBottom() throws Exception {
        Results sample = vn.chiso766.score.Scorer.score(vn.chiso766.load.DataFolder.load(Path.of("data")));
        String path = sample.latest().period() + "/pdf/m01-208.pdf";
        byte[] pdf = PdfFixture.bytes(PdfDocuments.of(sample, 1), path);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), path);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertFalse(stripper.getText(document).contains("Trang "), "no number on the first page");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("Trang 2/2"), "number on page 2");
        }
        assertConforms(pdf, PDFAFlavour.PDFA_2_U);
        assertConforms(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void sameDataGivesTheSameBytes() throws Exception {
        List<Document> again = PdfDocuments.of(results, Integer.MAX_VALUE);
        assertArrayEquals(notice, PdfFixture.bytes(again, NOTICE));
        assertArrayEquals(briefing, PdfFixture.bytes(again, BRIEFING));
        assertEquals(PdfFixture.document(documents, SCORECARD).prepare().fingerprint(),
                PdfFixture.document(again, SCORECARD).prepare().fingerprint());
    }

    @Test
    void pagesCarryNoEmptyArtifactsAndEveryMarkedPropertyListExists() throws Exception {
        for (byte[] pdf : List.of(scorecard, notice, briefing)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (PDPage page : document.getPages()) {
                    String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertFalse(content.matches("(?s).*/Artifact /Prop\\d+ BDC\nEMC\n.*"), "an empty artifact is left");
                    var properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                    var used = java.util.regex.Pattern.compile("/(Prop\\d+) BDC").matcher(content).results()
                            .map(m -> m.group(1)).collect(Collectors.toSet());
                    var listed = properties == null ? java.util.Set.<String>of()
                            : properties.keySet().stream().map(COSName::getName).collect(Collectors.toSet());
                    assertEquals(used, listed, "property lists on a page");
                }
            }
        }
    }

    @Test
    void everyPageIsCompressedThoughTheRendererWritesItPlain() throws Exception {
        for (byte[] pdf : List.of(scorecard, notice, briefing)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (PDPage page : document.getPages()) {
                    var streams = page.getContentStreams();
                    assertTrue(streams.hasNext(), "a page with content");
                    while (streams.hasNext()) {
                        var stream = streams.next().getCOSObject();
                        assertEquals(COSName.FLATE_DECODE, stream.getFilters(), "page content filter");
                    }
                }
            }
        }
    }

    @Test
    void datedByThePeriodInTheInformationAndTheXmpPacket() throws Exception {
        try (PDDocument document = Loader.loadPDF(scorecard)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            for (String property : List.of("CreateDate", "ModifyDate", "MetadataDate")) {
                assertTrue(xmp.contains("<xmp:" + property + ">2026-11-05T08:00:00+07:00</xmp:" + property + ">"), xmp);
            }
            assertEquals(document.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    document.getDocumentInformation().getModificationDate().getTimeInMillis());
            assertEquals(2026, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
        }
    }

    @Test
    void theProducerNamesTheVersion_notTheCommit_soCommitsOfOneVersionGiveTheSameBytes() throws Exception {
        for (byte[] pdf : List.of(scorecard, notice, briefing)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals("chiso766 " + Release.CURRENT.version(), document.getDocumentInformation().getProducer());
                String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertTrue(xmp.contains("<pdf:Producer>chiso766 " + Release.CURRENT.version() + "</pdf:Producer>"), xmp);
            }
            if (!Release.CURRENT.revision().isEmpty()) {
                assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains(Release.CURRENT.revision().substring(0, 12)));
            }
        }
    }

    private static void assertA4(PDPage page, boolean landscape) {
        PDRectangle box = page.getMediaBox();
        float width = landscape ? box.getHeight() : box.getWidth();
        float height = landscape ? box.getWidth() : box.getHeight();
        assertEquals(PDRectangle.A4.getWidth(), width, 1f);
        assertEquals(PDRectangle.A4.getHeight(), height, 1f);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().limit(10).collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), flavour + ":\n" + failures);
        }
    }
}
