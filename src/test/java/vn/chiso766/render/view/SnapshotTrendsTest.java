package vn.chiso766.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Period;
import vn.chiso766.render.Format;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/**
 * A unit's figures on each snapshot's day (exact on real data, readable for a long series), and the
 * overview's movers since the previous snapshot, naming both days.
 */
class SnapshotTrendsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path tmp;

    @Test
    void eachDayShowsThePortalsTotalRankAndChange() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.snapshots(tmp), TODAY));
        Period period = results.latest(Period.Span.YEAR).orElseThrow().period();
        Map<String, CSVRecord> first = TestData.portalOn(LocalDate.of(2026, 10, 1));
        Map<String, CSVRecord> second = TestData.portalOn(LocalDate.of(2026, 10, 8));
        for (String code : second.keySet()) {
            SnapshotTrend trend = SnapshotTrends.of(results, period, code);
            assertEquals(List.of("08/10/2026", "01/10/2026"), trend.shown().stream().map(SnapshotTrend.Row::date).toList());
            assertEquals(List.of(), trend.all());
            SnapshotTrend.Row now = trend.shown().get(0);
            assertEquals(Format.points(new BigDecimal(second.get(code).get("total"))), now.total(), code);
            assertEquals(Format.points(new BigDecimal(first.get(code).get("total"))), trend.shown().get(1).total(), code);
            assertEquals(second.get(code).get("band"), now.band().name(), code);
            BigDecimal change = new BigDecimal(second.get(code).get("total")).subtract(new BigDecimal(first.get(code).get("total")));
            assertEquals(Texts.totalChange(java.util.Optional.of(change)), now.totalChange(), code);
            if (!second.get(code).get("rank").isEmpty()) {
                assertEquals(second.get(code).get("rank") + "/14", now.rank(), code);
                int moved = Integer.parseInt(first.get(code).get("rank")) - Integer.parseInt(second.get(code).get("rank"));
                assertEquals(Texts.rankChange(moved), now.rankChange(), code);
            }
            assertEquals(List.of("2026-10-01", "2026-10-08"), trend.points().stream().map(p -> p.day()).toList());
        }
    }

    @Test
    void aLongSeriesShowsTheLatestDaysAndTheFirstOfEachMonthAndKeepsEveryDayFolded() throws Exception {
        TestData data = TestData.in(tmp).units("code,name,kind,parent\nP,Tỉnh P,PROVINCE,\nA1,Sở A1,AGENCY,P\nA2,Sở A2,AGENCY,P\n");
        LocalDate day = LocalDate.of(2026, 1, 25);
        for (int n = 0; n < 45; n++, day = day.plusDays(1)) {
            data.file("scores/2026/" + day + ".csv", "unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL\n"
                    + "A1,10,15,8,6," + (5 + n % 7) + ",12\nA2,11,14,8,6,9,12\n");
        }
        Results results = Scorer.score(DataFolder.load(tmp, TODAY));
        SnapshotTrend trend = SnapshotTrends.of(results, results.latest(Period.Span.YEAR).orElseThrow().period(), "A1");
        assertEquals(List.of("10/03/2026", "09/03/2026", "08/03/2026", "07/03/2026", "06/03/2026", "05/03/2026",
                "04/03/2026", "03/03/2026", "02/03/2026", "01/03/2026", "01/02/2026", "25/01/2026"),
                trend.shown().stream().map(SnapshotTrend.Row::date).toList());
        assertEquals(45, trend.all().size());
        assertEquals("10/03/2026", trend.all().get(0).date());
        assertEquals(45, trend.points().size());
        assertEquals("2026-01-25", trend.points().get(0).day());
    }

    @Test
    void aPeriodWithoutSnapshotsHasNone() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.GIA_LAI, TODAY));
        assertEquals(SnapshotTrend.NONE, SnapshotTrends.of(results, results.latest().period(), "H21.17"));
    }

    @Test
    void theLatestDayNamesBothDaysAndWhoRoseAndFell() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.snapshots(tmp), TODAY));
        SiteMap map = new SiteMap(results);
        MoversView view = MoversViews.of(map, results.latest(Period.Span.YEAR).orElseThrow());
        assertEquals("Số liệu ngày 08/10/2026 so với ngày 01/10/2026 (ngày lấy số liệu liền trước).", view.lead());
        assertEquals(1, view.tables().size());
        MoversView.Table table = view.tables().get(0);
        assertEquals("Sở, ban, ngành", table.kind());
        MoversView.Mover first = table.up().get(0);
        assertEquals(List.of("Sở Nông nghiệp và Môi trường", "11/14", "12", "▲ 1", "54,66", "+6,25"),
                List.of(first.unit().text(), first.rank(), first.previousRank(), first.rankChange().text(), first.total(),
                        first.totalChange().text()));
        assertEquals("Sở Ngoại vụ", table.down().get(0).unit().text());
        PeriodResult firstDay = results.snapshots(Period.year(2026)).get(0);
        assertEquals(MoversView.NONE, MoversViews.of(map, firstDay));
    }

    @Test
    void monthlyDataHaveNoMovers() throws Exception {
        Results results = Scorer.score(DataFolder.load(TestData.GIA_LAI, TODAY));
        assertEquals(MoversView.NONE, MoversViews.of(new SiteMap(results), results.latest()));
    }
}
