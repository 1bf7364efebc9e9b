package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** The notice, the briefing and the printed scorecard on data with the portal's national list and provenance. */
class PortalSentencesTest {
    private static ProvincePeriod latest(Results results) {
        return ProvincePeriod.of(results, results.latest(), new SiteMap(results)).get(0);
    }

    @Test
    void noticeAndBriefingSayThePlaceAmongProvincesAndWhereTheFiguresCameFrom() throws Exception {
        ProvincePeriod pp = latest(Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL)));
        List<String> paragraphs = NoticeText.province(pp, "tỉnh Gia Lai");
        String standing = "Theo danh sách toàn quốc của Cổng Dịch vụ công quốc gia tháng 10/2026, tỉnh Gia Lai đứng thứ"
                + " 4/34 tỉnh, thành phố, tăng 9 bậc so với tháng 09/2026.";
        String provenance = "Số liệu lấy từ Cổng Dịch vụ công quốc gia lúc 08 giờ 15 phút ngày 05/11/2026.";
        assertTrue(paragraphs.contains(standing), paragraphs.toString());
        assertEquals(provenance, paragraphs.get(paragraphs.size() - 1));
        BriefingView briefing = BriefingView.of(pp);
        assertEquals(standing, briefing.national());
        assertEquals(provenance, briefing.provenance());
        assertEquals(paragraphs.get(0), briefing.headline());
    }

    @Test
    void withoutTheNewFilesTheNoticeSaysWhatItSaidBefore() throws Exception {
        ProvincePeriod pp = latest(Scorer.score(DataFolder.load(TestData.GIA_LAI)));
        List<String> paragraphs = NoticeText.province(pp, "tỉnh Gia Lai");
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("Cổng Dịch vụ công quốc gia")), paragraphs.toString());
        BriefingView briefing = BriefingView.of(pp);
        assertEquals("", briefing.national() + briefing.provenance());
    }

    @Test
    void printedScorecardNamesTheIndicatorOfEachPortalNote() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL));
        ScorecardPage page = latest(results).page(results.latest().unit("H21.17").orElseThrow());
        ScorecardPage.IndicatorSection progress = page.sections().stream().filter(s -> s.code().equals("TDGQ"))
                .findFirst().orElseThrow();
        assertEquals("", progress.groupNote());
        assertTrue(progress.note().startsWith("Ghi chú của Cổng về chỉ số \u201cTỷ lệ hồ sơ xử lý trước hạn, đúng hạn\u201d:"
                + " mẫu số lấy từ báo cáo quốc gia (BCQG/GRIS) đang là số tạm"), progress.note());
        assertTrue(progress.note().endsWith("hệ thống cũ.\u201d"), progress.note());
        assertTrue(progress.indicators().get(0).note().startsWith("Ghi chú của Cổng: mẫu số"), progress.toString());
    }
}
