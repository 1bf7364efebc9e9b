package vn.chiso766.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.Trees;
import vn.chiso766.load.DataFolder;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** The targets on the scorecard, the period's page of targets and the plan's leads, on Gia Lai's real figures. */
class TargetViewsTest {
    private static SiteMap map;
    private static PeriodResult october;

    @BeforeAll
    static void score(@TempDir Path dir) throws Exception {
        Trees.copy(TestData.GIA_LAI, dir);
        TestData.in(dir).file("targets.csv", """
                scope,indicator,target,from,until,source
                *,TOTAL,72,,,Kế hoạch số 45/KH-UBND
                AGENCY,ON_TIME,"80,5",,,Kế hoạch số 45/KH-UBND
                H21.16,ON_TIME,90,,,Văn bản số 124/UBND-TH
                H21.16,ELECTRONIC_CERTIFIED_COPY,50,2026-10,,
                """).file("responsibilities.csv", "indicator,lead,support\nPUBLISH_ON_TIME,Văn phòng UBND tỉnh,H21.16\n");
        Results results = Scorer.score(DataFolder.load(dir));
        map = new SiteMap(results);
        october = results.latest();
    }

    @Test
    void theScorecardSaysWhatEachTargetTakesAndWhenItWasMet() {
        TargetSection section = ScorecardPages.of(map, october, october.unit("H21.16").orElseThrow()).targets();
        assertEquals(List.of("Tổng điểm", "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn",
                "Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính"),
                section.lines().stream().map(TargetLine::name).toList());
        TargetLine onTime = section.lines().get(1);
        assertEquals("tối thiểu 90%", onTime.target());
        assertEquals("86,74%", onTime.value());
        assertEquals(TargetTexts.MISSED, onTime.status());
        assertEquals("cần thêm 6 hồ sơ xử lý trước hạn, đúng hạn", onTime.action());
        assertEquals("Văn bản số 124/UBND-TH", onTime.source());
        TargetLine copy = section.lines().get(2);
        assertEquals(TargetTexts.NO_DATA, copy.status());
        assertTrue(copy.action().contains("chỉ cho điểm"), copy.action());
        assertEquals(List.of("tháng 09/2026", "tháng 10/2026"),
                section.history().stream().map(p -> p.period().text()).toList());
        assertTrue(section.history().get(0).summary().endsWith("/2 chỉ tiêu"), "the copy's row starts in October");
        assertTrue(section.history().get(1).summary().endsWith("/3 chỉ tiêu (1 chưa có số liệu)"));
    }

    @Test
    void thePeriodsPageCountsEachTargetAndListsWhoMissedItFurthestFirst() {
        TargetsPage page = TargetsPages.of(map, october);
        assertEquals(List.of("TOTAL", "ON_TIME", "ON_TIME", "ELECTRONIC_CERTIFIED_COPY"),
                page.rows().stream().map(TargetsPage.Row::code).toList());
        TargetsPage.Row agencies = page.rows().get(1);
        assertEquals("sở, ban, ngành", agencies.scope());
        assertEquals("tối thiểu 80,5%", agencies.target());
        assertTrue(agencies.counts().matches("(\\d+) đơn vị đạt, (\\d+) chưa đạt.*"), agencies.counts());
        String[] numbers = agencies.counts().replaceAll("[^0-9 ]", "").trim().split(" +");
        int total = java.util.Arrays.stream(numbers).mapToInt(Integer::parseInt).sum();
        assertEquals(13, total, "14 agencies but Sở Tư pháp, whose own row applies");
        List<BigDecimal> needed = agencies.missed().stream()
                .map(m -> new BigDecimal(m.action().replaceAll("\\D+", ""))).toList();
        assertEquals(needed.stream().sorted(java.util.Comparator.reverseOrder()).toList(), needed);
        assertTrue(page.metAll().stream().noneMatch(l -> l.text().equals("Sở Tư pháp")));
    }

    @Test
    void thePlanNamesWhoLeadsAProvinceWideIndicator() {
        PlanPage plan = PlanPages.of(map, october, "H21");
        PlanPage.Indicator publish = plan.indicators().stream().filter(i -> i.code().equals("PUBLISH_ON_TIME"))
                .findFirst().orElseThrow();
        assertEquals("Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp", publish.lead());
        assertTrue(plan.indicators().stream().filter(i -> !i.code().equals("PUBLISH_ON_TIME"))
                .allMatch(i -> i.lead().isEmpty()));
    }
}
