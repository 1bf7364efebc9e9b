package vn.chiso766.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scope;
import vn.chiso766.score.Scorer;

/** The pages' figures, worded the Vietnamese way, from the real Gia Lai data of 10/2026. */
class ViewModelsTest {
    private static SiteMap map;
    private static PeriodResult october;

    @BeforeAll
    static void score() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.GIA_LAI));
        map = new SiteMap(results);
        october = results.period(Period.of(2026, 10)).orElseThrow();
    }

    @Test
    void rankingRowsAreFormattedAndOrdered() {
        RankingPage page = RankingPages.of(map, october, october.scope(new Scope("H21", Kind.AGENCY)).orElseThrow());
        assertEquals("2026-10/xep-hang/so-nganh.html", page.frame().path());
        assertEquals("../../", page.frame().root());
        RankingPage.Row first = page.rows().get(0);
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", first.unit().text());
        assertEquals("2026-10/don-vi/h21-17.html", first.unit().href());
        assertEquals(new RankingPage.Cell("79,27", "79.27"), first.total());
        assertEquals(new BandTag("Khá", 2), first.band());
        assertEquals(new Change("+0,11", "tăng 0,11 điểm", "up"), first.totalChange());
        assertEquals(new Change("=", "giữ nguyên hạng", "same"), first.rankChange());
        assertEquals("0", first.rankChangeKey());
        assertEquals(List.of("1", "-1"), page.rows().subList(5, 7).stream().map(RankingPage.Row::rankChangeKey).toList(),
                "risen, fallen: the sorter's keys");
        assertEquals(new Change("▲ 1", "tăng 1 bậc", "up"), page.rows().get(5).rankChange());
        assertEquals("14", page.rankedCount());
        assertEquals(14, page.bars().size());
    }

    @Test
    void scorecardNamesTheBottlenecksAndWhatFullPointsWouldGive() {
        ScorecardPage page = ScorecardPages.of(map, october, october.unit("H21.17").orElseThrow());
        ScorecardPage.Bottleneck first = page.bottlenecks().get(0);
        assertEquals("Tỷ lệ thủ tục hành chính công bố đúng hạn", first.name());
        assertEquals("5,87", first.lost());
        assertEquals("85,14", first.totalIfFull());
        assertEquals("Tốt", first.bandIfFull());
        assertEquals("1/14", page.rank());
        assertEquals("65,50%", page.groups().get(0).percent());
        assertEquals("Trung vị sở, ban, ngành", page.medianLabel());
        assertEquals(2, page.trend().size());
        assertEquals("09/2026", page.trend().get(0).period().text());
        assertTrue(page.sections().stream().anyMatch(s -> s.note().contains("số liệu chính thức")), "CLGQ is given");
    }

    @Test
    void scorecardPlanSaysWhatEachBottleneckTakesInCountsAndWhereTheBandRises() {
        ScorecardPage page = ScorecardPages.of(map, october, october.unit("H21.17").orElseThrow());
        ScorecardPage.Plan plan = page.plan();
        ScorecardPage.PlanLine first = plan.lines().get(0);
        // PUBLISH_ON_TIME is 1/47 on every unit of Gia Lai: 46 more procedures give the full 6 points
        assertEquals("Thêm 46 thủ tục hành chính công bố đúng hạn (trên 47 thủ tục hành chính) → +5,87 điểm, đạt tối đa"
                + " 6 điểm.", first.action());
        assertEquals("Thêm 1 điểm: 8 thủ tục hành chính.", first.perPoint());
        assertEquals("Thêm 46 TTHC (trên 47); 1 điểm: 8", first.brief());
        assertEquals("85,14", first.total());
        assertTrue(first.crossing());
        assertEquals("Khắc phục chỉ số đầu tiên: 85,14 điểm, xếp loại Tốt.", plan.path());
        assertEquals(page.bottlenecks().size(), Math.min(5, plan.lines().size()));
        assertTrue(plan.lines().stream().anyMatch(l -> l.group().equals("CLGQ")
                && l.action().startsWith("Cổng Dịch vụ công quốc gia cho điểm cả nhóm") && l.perPoint().isEmpty()));
        assertTrue(plan.lines().stream().noneMatch(l -> l.name().contains("PAKN")), "tracked indicators lose nothing");
    }

    @Test
    void aPlanLineOnCountsThePortalMarksTemporarySaysSo() throws Exception {
        Results national = Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL));
        SiteMap nationalMap = new SiteMap(national);
        PeriodResult oct = national.period(Period.of(2026, 10)).orElseThrow();
        ScorecardPage page = ScorecardPages.of(nationalMap, oct, oct.unit("H21.17").orElseThrow());
        ScorecardPage.PlanLine onTime = page.plan().lines().stream().filter(l -> l.group().equals("TDGQ")).findFirst()
                .orElseThrow();
        assertTrue(onTime.action().startsWith("Thêm 1 hồ sơ xử lý trước hạn, đúng hạn (trên 654 hồ sơ tiếp nhận) → +0,03"
                + " điểm, đạt tối đa 20 điểm. Lưu ý: mẫu số lấy từ báo cáo quốc gia (BCQG/GRIS) đang là số tạm"), onTime.action());
    }

    @Test
    void theTopBandKeepsItsResultAndNoTotalHasNoPath() {
        assertEquals("Đang xếp loại Xuất sắc: giữ vững kết quả.", PlanTexts.path(new vn.chiso766.score.UnitPlan(
                java.util.Optional.of(java.math.BigDecimal.valueOf(95)), java.util.Optional.of(map.results().dataset()
                .catalogue().bands().get(0)), List.of(), java.util.Optional.empty()), map.results().dataset().catalogue()));
        assertEquals("Chưa có tổng điểm kỳ này nên chưa tính được lộ trình xếp loại.", PlanTexts.path(
                new vn.chiso766.score.UnitPlan(java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                        java.util.Optional.empty()), map.results().dataset().catalogue()));
    }

    @Test
    void theProvinceIsNotRankedAloneNorAmongItsUnits() {
        ScorecardPage page = ScorecardPages.of(map, october, october.unit("H21").orElseThrow());
        assertEquals("", page.rankAll());
        assertEquals("chưa có dữ liệu", page.rank(), "one province has no rank, never a 1/1");
        OverviewPage home = OverviewPages.of(map, october, true);
        assertEquals("index.html", home.frame().path());
        assertEquals("", home.provinces().get(0).rank());
        assertEquals(null, home.provinceRanking());
    }

    @Test
    void pathsClimbBackToTheRoot() {
        assertEquals("", SiteMap.root("index.html"));
        assertEquals("../", SiteMap.root("don-vi/h21-17.html"));
        assertEquals("../../", SiteMap.root("2026-10/don-vi/h21-17.html"));
        assertEquals("don-vi/h21-17.html", map.history("H21.17"));
    }

    @Test
    void theArchiveListsPeriodsNewestFirst() {
        ArchivePage archive = ArchivePages.of(map);
        assertEquals("Kỳ 10/2026", archive.periods().get(0).overview().text());
        assertEquals("Kỳ 09/2026", archive.periods().get(1).overview().text());
    }

    @Test
    void findingsSayWhereWithoutTheLocalFolder() {
        PeriodResult september = map.results().period(Period.of(2026, 9)).orElseThrow();
        QualityPage page = QualityPages.of(map, september);
        QualityPage.Item item = page.sections().get(0).items().get(0);
        assertEquals("Điểm vượt mức tối đa", page.sections().get(0).title());
        assertTrue(item.source().matches("tệp 2026-09\\.csv, dòng \\d+"), item.source());
        assertTrue(item.message().contains("vượt mức tối đa 18"), item.message());
    }
}
