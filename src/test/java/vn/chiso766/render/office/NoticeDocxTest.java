package vn.chiso766.render.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.chiso766.render.Document;
import vn.chiso766.render.pdf.PdfFixture;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Results;

/** The Word notice read back with POI: text, styles, page setup, tables, page numbers. */
class NoticeDocxTest {
    static final String PATH = "2026-10/thong-bao-2026-10.docx";
    private static Results results;
    private static byte[] bytes;
    private static XWPFDocument docx;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        results = PdfFixture.results(dir);
        List<Document> documents = NoticeDocuments.of(new SiteMap(results));
        assertEquals(List.of("2026-09/thong-bao-2026-09.docx", PATH), documents.stream().map(Document::path).toList());
        bytes = PdfFixture.bytes(documents, PATH);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void mastheadIsABorderlessTwoColumnTable() {
        XWPFTable masthead = docx.getTables().get(0);
        assertEquals(OfficeStyles.PLAIN_TABLE, masthead.getStyleID());
        assertFalse(masthead.getCTTbl().getTblPr().isSetTblBorders(), "the style draws no border");
        assertEquals(2, masthead.getRow(0).getTableCells().size());
        List<XWPFParagraph> left = masthead.getRow(0).getCell(0).getParagraphs();
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", ""), left.stream().map(XWPFParagraph::getText).toList());
        assertTrue(left.get(0).getRuns().get(0).isBold());
        List<XWPFParagraph> right = masthead.getRow(0).getCell(1).getParagraphs();
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""),
                right.stream().map(XWPFParagraph::getText).toList());
        assertTrue(right.get(2).getCTPPr().getPBdr().isSetTop(), "the short rule under the motto");
        int rule = WordTables.twips(62) - 2 * right.get(2).getIndentationLeft();
        assertTrue(rule > 2 * WordPage.MM && rule < 7 * WordPage.MM, "as long as the motto: " + rule);
        assertEquals("Số: 57/TB-UBND", masthead.getRow(1).getCell(0).getText());
        XWPFParagraph date = masthead.getRow(1).getCell(1).getParagraphs().get(0);
        assertEquals("Gia Lai, ngày 05 tháng 11 năm 2026", date.getText());
        assertTrue(date.getRuns().get(0).isItalic());
    }

    @Test
    void bodyIsInWordStyles() {
        List<XWPFParagraph> paragraphs = docx.getParagraphs();
        XWPFParagraph title = paragraphs.stream().filter(p -> p.getText().equals("THÔNG BÁO")).findFirst().orElseThrow();
        assertEquals(OfficeStyles.TITLE, title.getStyle());
        List<String> headings = paragraphs.stream().filter(p -> OfficeStyles.HEADING_2.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("1. Kết quả chung của tỉnh Gia Lai", "2. Kết quả của các sở, ban, ngành",
                "3. Kết quả thực hiện chỉ tiêu được giao", "4. Các chỉ số mất nhiều điểm (điểm nghẽn)",
                "5. Đơn vị cần tập trung khắc phục", "6. Đề nghị"), headings);
        assertTrue(paragraphs.stream().anyMatch(p -> OfficeStyles.BODY.equals(p.getStyle())
                && p.getText().startsWith("Tháng 10/2026, tỉnh Gia Lai đạt 66,23/100 điểm")));
        var body = docx.getStyles().getStyle(OfficeStyles.BODY).getCTStyle().getPPr();
        assertEquals("both", body.getJc().getVal().toString());
        assertEquals(BigInteger.valueOf(567), body.getInd().getFirstLine());
        for (String style : List.of(OfficeStyles.NORMAL, OfficeStyles.HEADING_1, OfficeStyles.HEADING_2,
                OfficeStyles.GRID, OfficeStyles.TABLE_TEXT)) {
            assertTrue(docx.getStyles().styleExist(style), style);
        }
        var defaults = docx.getStyles().getDefaultRunStyle();
        assertEquals("Times New Roman", defaults.getRPr().getRFontsArray(0).getAscii());
        assertEquals(14.0, defaults.getFontSizeAsDouble());
    }

    @Test
    void theLetterIsA4PortraitWithTheStandardsMarginsNumberedFromPageTwo() {
        CTSectPr section = letterSection();
        assertEquals(BigInteger.valueOf(11906), (BigInteger) section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), (BigInteger) section.getPgSz().getH());
        CTPageMar margins = section.getPgMar();
        assertEquals(List.of(20.0, 20.0, 30.0, 15.0), List.of(mm(margins.getTop()), mm(margins.getBottom()),
                mm(margins.getLeft()), mm(margins.getRight())), "top, bottom, left, right in mm");
        assertTrue(section.isSetTitlePg(), "the first page has its own header");
        var policy = docx.getHeaderFooterPolicy();
        assertEquals("", policy.getFirstPageHeader().getText().strip());
        XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
        assertEquals(" PAGE ", number.getCTP().getFldSimpleArray(0).getInstr());
        assertEquals("center", docx.getStyles().getStyle(OfficeStyles.HEADER).getCTStyle().getPPr().getJc().getVal()
                .toString(), "centred in the top margin");
        assertEquals(2, section.sizeOfHeaderReferenceArray(), "the letter's headers: first page and the others");
    }

    @Test
    void theAppendicesAreALandscapeSectionNumberedOn() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(16838), (BigInteger) section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(11906), (BigInteger) section.getPgSz().getH());
        assertEquals("landscape", section.getPgSz().getOrient().toString());
        assertFalse(section.isSetTitlePg(), "the appendix's first page is numbered");
        assertEquals(letterSection().getHeaderReferenceArray(1).getId(), section.getHeaderReferenceArray(1).getId(),
                "the same numbered header");
    }

    @Test
    void eachKindHasAShortTableOfItsLeadingAndLowestUnits() {
        XWPFTable ends = docx.getTables().get(1);
        assertEquals(OfficeStyles.GRID, ends.getStyleID());
        XWPFTableRow head = ends.getRow(0);
        assertTrue(head.isRepeatHeader());
        assertEquals("Hạng", head.getCell(0).getText());
        assertEquals("Tổng điểm", head.getCell(2).getText());
        assertEquals(12, ends.getNumberOfRows(), "5 units, a gap, 5 units under the header");
        assertEquals("1", ends.getRow(1).getCell(0).getText());
        assertEquals("79,27", ends.getRow(1).getCell(2).getText());
        assertTrue(ends.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0).isBold());
        assertEquals("…", ends.getRow(6).getCell(0).getText());
        assertEquals("14", ends.getRow(11).getCell(0).getText());
        assertTrue(ends.getRow(1).isCantSplitRow());
        assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals("5 đơn vị dẫn đầu và 5 đơn vị thấp nhất")));
    }

    @Test
    void theAppendixListsEveryUnitUnderARepeatedHeaderRow() {
        List<String> titles = docx.getParagraphs().stream().filter(p -> OfficeStyles.HEADING_1.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("Phụ lục I"), titles);
        assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals(
                "KẾT QUẢ BỘ CHỈ SỐ THÁNG 10/2026 CỦA CÁC SỞ, BAN, NGÀNH")));
        XWPFTable appendix = docx.getTables().get(3);
        XWPFTableRow head = appendix.getRow(0);
        assertTrue(head.isRepeatHeader());
        List<String> heads = head.getTableCells().stream().map(c -> c.getText()).toList();
        assertEquals(List.of("Hạng", "Đơn vị"), heads.subList(0, 2));
        assertEquals(List.of("Tổng điểm", "Xếp loại", "Tăng, giảm điểm", "Tăng, giảm bậc", "Phiếu kết quả"),
                heads.subList(8, 13));
        assertEquals(15, appendix.getNumberOfRows(), "14 units under the header");
        List<String> first = appendix.getRow(1).getTableCells().stream().map(c -> c.getText()).toList();
        assertEquals(List.of("1", "Sở Văn hóa, Thể thao và Du lịch"), first.subList(0, 2));
        assertEquals(List.of("79,27", "Khá"), first.subList(8, 10));
        assertEquals("h21-17.pdf", first.get(12));
        assertTrue(appendix.getRow(1).isCantSplitRow());
        assertEquals(BigInteger.valueOf(WordPage.LANDSCAPE_TEXT), appendix.getCTTbl().getTblPr().getTblW().getW(),
                "as wide as the landscape page's text");
    }

    @Test
    void endsWithRecipientsAndSignature() {
        XWPFTable closing = docx.getTables().get(2);
        XWPFParagraph title = closing.getRow(0).getCell(0).getParagraphs().get(0);
        assertEquals("Nơi nhận:", title.getText());
        assertTrue(title.getRuns().get(0).isBold() && title.getRuns().get(0).isItalic());
        List<String> recipients = closing.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText)
                .toList();
        assertEquals("- Lưu: VT, KSTT.", recipients.get(recipients.size() - 1));
        List<String> signer = closing.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", PdfFixture.SIGNER), signer);
    }

    @Test
    void provisionalFiguresAreSaidSoUnderTheTitle(@TempDir Path dir) throws Exception {
        byte[] provisional = PdfFixture.bytes(NoticeDocuments.of(new SiteMap(PdfFixture.provisional(dir))), PATH);
        List<String> lines = new XWPFDocument(new ByteArrayInputStream(provisional)).getParagraphs().stream()
                .map(XWPFParagraph::getText).toList();
        int title = lines.indexOf("THÔNG BÁO");
        assertTrue(lines.get(title + 1).endsWith("tháng 10/2026 (tính đến ngày 10/10/2026)"), lines.get(title + 1));
        assertEquals("Số liệu tạm tính đến ngày 10/10/2026", lines.get(title + 2));
        assertFalse(docx.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Số liệu tạm tính")), "final");
    }

    @Test
    void sameDataSameBytes() {
        assertArrayEquals(bytes, PdfFixture.bytes(NoticeDocuments.of(new SiteMap(results)), PATH));
        assertEquals("2026-11-05T01:00:00Z", docx.getProperties().getCoreProperties().getCreated().toInstant().toString());
    }

    /** The letter's section: carried by the paragraph that ends it, before the appendices. */
    private static CTSectPr letterSection() {
        return docx.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
    }

    private static double mm(Object twips) {
        return Math.round(((BigInteger) twips).doubleValue() / 56.7 * 10) / 10.0;
    }
}
