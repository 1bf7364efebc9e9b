package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;

/** The notice's period words: provisional figures carry their day in the title and a line under it. */
class NoticeViewTest {
    @Test
    void provisionalFiguresAreSaidSoUnderTheTitle(@TempDir Path folder) throws Exception {
        Results results = PdfFixture.provisional(folder);
        NoticeView view = view(results, results.latest());
        assertEquals("Số liệu tạm tính đến ngày 10/10/2026", view.provisional());
        assertTrue(view.subtitle().endsWith("dịch vụ công tháng 10/2026 (tính đến ngày 10/10/2026)"), view.subtitle());
        byte[] pdf = PdfFixture.bytes(PdfDocuments.of(results, 1), "2026-10/thong-bao-2026-10.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("(tính đến ngày 10/10/2026) Số liệu tạm tính đến ngày 10/10/2026 1. "), text);
        }
        NoticeView last = view(results, results.periods().get(0));
        assertEquals("", last.provisional(), "final figures");
        assertTrue(last.subtitle().endsWith("dịch vụ công tháng 09/2026"), last.subtitle());
    }

    private static NoticeView view(Results results, PeriodResult period) {
        ProvincePeriod pp = ProvincePeriod.of(results, period, new SiteMap(results)).get(0);
        return NoticeView.of(pp, NoticeSettings.of(results.dataset().settings(), pp.code(), pp.name(),
                period.period()));
    }
}
