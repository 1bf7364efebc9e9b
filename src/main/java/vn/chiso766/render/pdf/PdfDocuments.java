package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.chiso766.model.Period;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;

/**
 * The PDFs of a publication, per period: a scorecard per unit (pdf/&lt;slug&gt;.pdf), and per
 * province the monthly notice (thong-bao-&lt;period&gt;.pdf) and the meeting briefing
 * (tom-tat-&lt;period&gt;.pdf). With several provinces in the data, the notice and briefing
 * names end with the province's slug. Each is fingerprinted by its templates, fonts and view.
 */
public final class PdfDocuments {
    static final String SCORECARD = "don-vi.ftlh";
    static final String NOTICE = "thong-bao.ftlh";
    static final String BRIEFING = "tom-tat.ftlh";
    private static final String PROFILE = "nhom-tieu-chi";
    private static final double PROFILE_WIDTH_MM = 82;

    private PdfDocuments() {
    }

    /** @param recent how many of the latest periods get their PDFs */
    public static List<Document> of(Results results, int recent) {
        SiteMap map = new SiteMap(results, recent);
        List<Document> documents = new ArrayList<>();
        for (PeriodResult period : results.periods().stream().filter(p -> map.published(p.period())).toList()) {
            List<ProvincePeriod> provinces = ProvincePeriod.of(results, period, map);
            for (ProvincePeriod province : provinces) {
                NoticeSettings settings = NoticeSettings.of(results.dataset().settings(), province.code(),
                        province.name(), period.period());
                Period month = period.period();
                documents.add(notice(province, settings, map.provincePdf(month, "thong-bao", province.code())));
                documents.add(briefing(province, settings, map.provincePdf(month, "tom-tat", province.code())));
                province.inRankOrder().forEach(u -> documents.add(scorecard(map.scorecardPdf(month, u.unit().code()),
                        () -> province.page(u), settings)));
            }
        }
        return documents;
    }

    /** Thousands in national data: each scorecard's view is built only when its PDF is written. */
    private static Document scorecard(String path, Supplier<ScorecardPage> view, NoticeSettings settings) {
        return Document.planned(path, () -> {
            ScorecardPage page = view.get();
            return prepare(SCORECARD, charts -> scorecardModel(page, charts), printed(page),
                    () -> scorecardCharts(page), settings);
        });
    }

    /** The template's model, sized from the very figure the PDF draws (built once per render). */
    static Map<String, Object> scorecardModel(ScorecardPage page, Map<String, Figure> charts) {
        return Map.of("card", page, "profile", PdfChart.of(PROFILE, charts.get(PROFILE), PROFILE_WIDTH_MM));
    }

    static Map<String, Figure> scorecardCharts(ScorecardPage page) {
        return Map.of(PROFILE, PrintCharts.groupProfile(page.unit(), page.groupBars(), page.medianLabel()));
    }

    /** What a printed scorecard shows of the site's page (not its links and navigation). */
    static List<Object> printed(ScorecardPage page) {
        return List.of(page.unit(), page.kind(), page.period(), page.total(), page.band(), page.rank(), page.rankAll(),
                page.rankChange(), page.totalChange(), page.medianLabel(), page.groups(), page.sections(),
                page.bottlenecks(), page.groupBars());
    }

    /** The notice's letter and appendices: one laid out document, no charts. */
    private static Document notice(ProvincePeriod province, NoticeSettings settings, String path) {
        return Document.planned(path, () -> {
            NoticeView view = NoticeView.of(province, settings);
            return prepare(NOTICE, charts -> Map.of("notice", view), view, Map::of, settings);
        });
    }

    private static Document briefing(ProvincePeriod province, NoticeSettings settings, String path) {
        return Document.planned(path, () -> {
            BriefingView view = BriefingView.of(province);
            return prepare(BRIEFING, charts -> Map.of("briefing", view), view,
                    () -> BriefingView.charts(view, province), settings);
        });
    }

    private static List<String> resources(String template) {
        return Stream.concat(PdfTemplates.resources(template).stream(), PdfFonts.resources().stream()).toList();
    }

    /**
     * @param model the template's model, given the document's charts
     * @param shown the values the document prints, for its fingerprint
     */
    private static Document.Prepared prepare(String template,
                                             Function<Map<String, Figure>, Map<String, Object>> model, Object shown,
                                             Supplier<Map<String, Figure>> charts, NoticeSettings settings) {
        String fingerprint = Fingerprint.of(resources(template), shown, settings.issueDate().toString());
        return new Document.Prepared(Optional.of(fingerprint), out -> {
            Map<String, Figure> figures = charts.get();
            PdfWriter.write(PdfTemplates.render(template, model.apply(figures)), settings.issueDate(),
                    ChartDrawer.factory(figures), out);
        });
    }
}
