package vn.chiso766.render.html;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;
import vn.chiso766.render.Document;
import vn.chiso766.render.data.TargetRecords;
import vn.chiso766.render.view.ArchivePages;
import vn.chiso766.render.view.HistoryPages;
import vn.chiso766.render.view.NationalPages;
import vn.chiso766.render.view.OverviewPages;
import vn.chiso766.render.view.PlanPages;
import vn.chiso766.render.view.QualityPages;
import vn.chiso766.render.view.RankingPages;
import vn.chiso766.render.view.ScorecardPages;
import vn.chiso766.render.view.TargetsPages;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** Every page of the website and its assets, as documents rendered when published. */
public final class Site {
    private Site() {
    }

    public static List<Document> documents(Results results) {
        return documents(results, Integer.MAX_VALUE);
    }

    /** @param recent how many of the latest periods publish their pages (history pages show all) */
    public static List<Document> documents(Results results, int recent) {
        SiteMap map = new SiteMap(results, recent);
        List<Document> documents = new ArrayList<>(Assets.documents());
        documents.add(Pages.overview(SiteMap.HOME, () -> OverviewPages.of(map, results.latest(), true)));
        documents.add(Pages.archive(SiteMap.ARCHIVE, () -> ArchivePages.of(map)));
        for (PeriodResult period : results.periods().stream().filter(p -> map.published(p.period())).toList()) {
            Period p = period.period();
            documents.add(Pages.overview(map.period(p), () -> OverviewPages.of(map, period, false)));
            documents.add(Pages.quality(map.quality(p), () -> QualityPages.of(map, period)));
            period.national().ifPresent(n -> documents.add(Pages.national(map.nationalRanking(p),
                    () -> NationalPages.of(map, period, n))));
            for (String province : map.provinces().keySet()) {
                documents.add(Pages.plan(map.plan(p, province), () -> PlanPages.of(map, period, province)));
            }
            if (TargetRecords.applies(period, results.dataset())) {
                documents.add(Pages.targets(map.targets(p), () -> TargetsPages.of(map, period)));
            }
            for (ScopeStats stats : map.rankings(period)) {
                documents.add(Pages.ranking(map.ranking(p, stats.scope()), () -> RankingPages.of(map, period, stats)));
            }
            for (UnitResult unit : period.units()) {
                documents.add(Pages.scorecard(map.scorecard(p, unit.unit().code()),
                        () -> ScorecardPages.of(map, period, unit)));
            }
        }
        for (Unit unit : results.dataset().units()) {
            documents.add(Pages.history(map.history(unit.code()), () -> HistoryPages.of(map, unit)));
        }
        return documents;
    }
}
