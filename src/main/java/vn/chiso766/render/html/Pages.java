package vn.chiso766.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.Timings;
import vn.chiso766.render.chart.ChartFonts;
import vn.chiso766.render.view.ArchivePage;
import vn.chiso766.render.view.HistoryPage;
import vn.chiso766.render.view.NationalPage;
import vn.chiso766.render.view.OverviewPage;
import vn.chiso766.render.view.PlanPage;
import vn.chiso766.render.view.QualityPage;
import vn.chiso766.render.view.RankingPage;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.render.view.TargetsPage;

/**
 * One document per page: the template, the view model, and the page's charts drawn as SVG
 * only when the page is written. The fingerprint covers the layout, the page's template, the
 * chart fonts where it has charts, and the view model (which holds the charts' figures).
 */
final class Pages {
    static final String LAYOUT = "templates/layout.ftlh";
    static final String TREND_TABLE = "templates/trend-table.ftlh";
    static final String SNAPSHOT_TREND = "templates/snapshot-trend.ftlh";
    static final String MOVERS = "templates/movers.ftlh";
    static final String TARGETS = "templates/targets.ftlh";

    private Pages() {
    }

    static Document overview(String path, Supplier<OverviewPage> view) {
        return page(path, "overview.ftlh", List.of(MOVERS), view, PageCharts::overview);
    }

    static Document archive(String path, Supplier<ArchivePage> view) {
        return page(path, "archive.ftlh", List.of(), view, page -> Map.of());
    }

    static Document quality(String path, Supplier<QualityPage> view) {
        return page(path, "quality.ftlh", List.of(), view, page -> Map.of());
    }

    static Document national(String path, Supplier<NationalPage> view) {
        return page(path, "national.ftlh", List.of(), view, page -> Map.of());
    }

    /** A province's plan: it plans every unit of the province. */
    static Document plan(String path, Supplier<PlanPage> view) {
        return page(path, "plan.ftlh", List.of(), view, page -> Map.of());
    }

    /** A period's targets: every unit's, by target. */
    static Document targets(String path, Supplier<TargetsPage> view) {
        return page(path, "targets-page.ftlh", List.of(), view, page -> Map.of());
    }

    static Document ranking(String path, Supplier<RankingPage> view) {
        return page(path, "ranking.ftlh", List.of(), view, PageCharts::ranking);
    }

    /** A unit's page per period: thousands in national data. */
    static Document scorecard(String path, Supplier<ScorecardPage> view) {
        return page(path, "scorecard.ftlh", List.of(TREND_TABLE, SNAPSHOT_TREND, TARGETS), view, PageCharts::scorecard);
    }

    static Document history(String path, Supplier<HistoryPage> view) {
        return page(path, "history.ftlh", List.of(TREND_TABLE), view, PageCharts::history);
    }

    /**
     * A page whose view model is built only when it is written (or not at all where its scope
     * lets the previous publication's file be reused).
     */
    private static <P> Document page(String path, String template, List<String> includes, Supplier<P> view,
                                     Function<P, Map<String, PageCharts.Chart>> charts) {
        return Document.planned(path, () -> {
            P page = view.get();
            return prepare(template, includes, page, () -> charts.apply(page));
        });
    }

    /** @param includes further templates the page's template includes, as classpath names */
    private static Document.Prepared prepare(String template, List<String> includes, Object page,
                                             Supplier<Map<String, PageCharts.Chart>> charts) {
        List<String> resources = new ArrayList<>(List.of(LAYOUT, "templates/" + template));
        resources.addAll(includes);
        resources.addAll(ChartFonts.RESOURCES);
        return new Document.Prepared(Optional.of(Fingerprint.of(resources, page)), out -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", page);
            model.put("charts", Timings.measure(Timings.Phase.CHARTS, charts));
            Templates.render(template, model, out);
        });
    }
}
