package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.model.Period;
import vn.chiso766.render.chart.BandCounts;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;
import vn.chiso766.render.view.OverviewPage;
import vn.chiso766.render.view.OverviewPages;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.UnitResult;

/** The overview's pictures of the province (Gia Lai with the national list): figures, text alternatives, periods shown. */
class OverviewChartsTest {

    @Test
    void overviewChartsTheGroupsAndTheTotalAndPlaceUpToItsOwnPeriod() throws Exception {
        Results results = TestSites.score(TestSites.giaLaiNational());
        SiteMap map = new SiteMap(results);
        PeriodResult october = results.period(Period.of(2026, 10)).orElseThrow();
        OverviewPage.Pictures pictures = OverviewPages.of(map, october, true).pictures();
        UnitResult province = october.unit("H21").orElseThrow();
        assertEquals(province.card().groups().stream().map(g -> g.points().orElseThrow().doubleValue()).toList(),
                pictures.groupBars().stream().map(GroupBar::points).toList());
        assertEquals(List.of(18.0, 20.0, 12.0, 10.0, 22.0, 18.0), pictures.groupBars().stream().map(GroupBar::max).toList());
        assertEquals("65,50%", pictures.groups().get(0).percent());
        assertEquals(List.of(new TrendPoint("09/2026", 62.74, 13), new TrendPoint("10/2026", 66.23, 4)),
                pictures.trendPoints());
        assertEquals(List.of("13/33", "4/34"), pictures.trend().stream().map(OverviewPage.TrendRow::place).toList());
        Map<String, PageCharts.Chart> charts = PageCharts.overview(OverviewPages.of(map, october, false));
        assertEquals(List.of("nhom-tieu-chi", "xu-huong", "xep-loai"), List.copyOf(charts.keySet()));
        var agencies = october.scopes().stream().filter(s -> s.scope().kind().name().equals("AGENCY")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new BandCounts("Sở, ban, ngành", results.dataset().catalogue().bands().stream()
                .map(b -> agencies.bandCounts().getOrDefault(b.name(), 0)).toList())), pictures.kinds());
        assertTrue(charts.get("xep-loai").svg().contains("Sở, ban, ngành: Xuất sắc 0, Tốt 0, Khá 4, Trung bình 7, Yếu 3."),
                "the description gives every count");
        for (PageCharts.Chart chart : charts.values()) {
            assertTrue(chart.svg().contains("<title id=") && chart.svg().contains("<desc id="), chart.label());
        }
        assertTrue(pictures.trendCaption().contains("hạng trong danh sách các tỉnh, thành phố"), pictures.trendCaption());
        assertTrue(charts.get("xu-huong").svg().contains("stroke-dasharray:6.0,4.0"), "the rank's line is dashed for grey print");

        PeriodResult september = results.period(Period.of(2026, 9)).orElseThrow();
        OverviewPage.Pictures earlier = OverviewPages.of(map, september, false).pictures();
        assertEquals(List.of(new TrendPoint("09/2026", 62.74, 13)), earlier.trendPoints(), "nothing of later periods");
    }

    @Test
    void nationalDataHasTheProvincesTableInstead(@TempDir Path dir) throws Exception {
        Results results = TestSites.score(TestSites.national(dir));
        OverviewPage page = OverviewPages.of(new SiteMap(results), results.latest(), true);
        assertNull(page.pictures());
        assertTrue(PageCharts.overview(page).isEmpty());
    }
}
