package vn.chiso766.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * One document per page: the template, the view model, and the page's charts drawn as SVG
 * only when the page is written. The fingerprint covers the layout, the page's template, the
 * chart fonts where it has charts, and the view model (which holds the charts' figures).
 */
final class Pages {
    static final String LAYOUT = "templates/layout.ftlh";
    static final String TREND_TABLE = "templates/trend-table.ftlh";

    private Pages() {
    }

    static Document overview(OverviewPage page) {
        return document(page.frame().path(), "overview.ftlh", List.of(), page, Map::of);
    }

    static Document archive(ArchivePage page) {
        return document(page.frame().path(), "archive.ftlh", List.of(), page, Map::of);
    }

    static Document quality(QualityPage page) {
        return document(page.frame().path(), "quality.ftlh", List.of(), page, Map::of);
    }

    static Document national(NationalPage page) {
        return document(page.frame().path(), "national.ftlh", List.of(), page, Map::of);
    }

    /** A province's plan: built only when written, as it plans every unit of the province. */
    static Document plan(String path, Supplier<PlanPage> view) {
        return Document.planned(path, () -> prepare("plan.ftlh", List.of(), view.get(), Map::of));
    }

    static Document ranking(RankingPage page) {
        return document(page.frame().path(), "ranking.ftlh", List.of(), page, () -> PageCharts.ranking(page));
    }

    /** A unit's page per period: thousands in national data, so each is built only when written. */
    static Document scorecard(String path, Supplier<ScorecardPage> view) {
        return Document.planned(path, () -> {
            ScorecardPage page = view.get();
            return prepare("scorecard.ftlh", List.of(TREND_TABLE), page, () -> PageCharts.scorecard(page));
        });
    }

    static Document history(String path, Supplier<HistoryPage> view) {
        return Document.planned(path, () -> {
            HistoryPage page = view.get();
            return prepare("history.ftlh", List.of(TREND_TABLE), page, () -> PageCharts.history(page));
        });
    }

    private static Document document(String path, String template, List<String> includes, Object page,
                                     Supplier<Map<String, PageCharts.Chart>> charts) {
        Document.Prepared prepared = prepare(template, includes, page, charts);
        return Document.planned(path, () -> prepared);
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
