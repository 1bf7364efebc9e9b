package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.Slugs;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scope;
import vn.chiso766.score.UnitResult;

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
    private static final double PROFILE_WIDTH_MM = 150;

    private PdfDocuments() {
    }

    public static List<Document> of(Results results) {
        Slugs slugs = Slugs.of(results.dataset().units());
        List<Document> documents = new ArrayList<>();
        for (PeriodResult period : results.periods()) {
            List<ProvincePeriod> provinces = ProvincePeriod.of(results, period);
            for (ProvincePeriod province : provinces) {
                NoticeSettings settings = NoticeSettings.of(results.dataset().settings(), province.code(),
                        province.name(), period.period());
                String suffix = provinces.size() > 1 ? "-" + slugs.of(province.code()) : "";
                province.inRankOrder().forEach(u -> documents.add(scorecard(u, period, settings, slugs)));
                documents.add(notice(province, settings, slugs, suffix));
                documents.add(briefing(results, province, settings, suffix));
            }
        }
        return documents;
    }

    /** The path of a unit's scorecard PDF, relative to the publication root. */
    public static String scorecardPath(UnitResult unit, Slugs slugs) {
        return unit.card().period() + "/pdf/" + slugs.of(unit.unit().code()) + ".pdf";
    }

    private static Document scorecard(UnitResult unit, PeriodResult period, NoticeSettings settings, Slugs slugs) {
        ScorecardView view = ScorecardView.of(unit, "don-vi");
        List<GroupBar> bars = PrintCharts.groupBars(unit, period.scope(Scope.of(unit.unit())));
        String kind = unit.unit().kind().label();
        PdfChart chart = PdfChart.of(PROFILE, PrintCharts.groupProfile(view.name(), bars, kind), PROFILE_WIDTH_MM);
        return document(scorecardPath(unit, slugs), SCORECARD, Map.of("card", view, "profile", chart, "bars", bars),
                () -> Map.of(PROFILE, PrintCharts.groupProfile(view.name(), bars, kind)), settings);
    }

    private static Document notice(ProvincePeriod province, NoticeSettings settings, Slugs slugs, String suffix) {
        NoticeView view = NoticeView.of(province, settings, slugs);
        String period = province.period().period().toString();
        return document(period + "/thong-bao-" + period + suffix + ".pdf", NOTICE, Map.of("notice", view), Map::of,
                settings);
    }

    private static Document briefing(Results results, ProvincePeriod province, NoticeSettings settings,
                                     String suffix) {
        BriefingView view = BriefingView.of(results, province);
        String period = province.period().period().toString();
        return document(period + "/tom-tat-" + period + suffix + ".pdf", BRIEFING, Map.of("briefing", view),
                () -> BriefingView.charts(view, province), settings);
    }

    private static Document document(String path, String template, Map<String, Object> model,
                                     Supplier<Map<String, Figure>> charts, NoticeSettings settings) {
        List<String> resources = Stream.concat(PdfTemplates.resources(template).stream(),
                PdfFonts.resources().stream()).toList();
        String fingerprint = Fingerprint.of(resources, model, settings.issueDate().toString());
        return Document.of(path, fingerprint, out -> PdfWriter.write(PdfTemplates.render(template, model),
                settings.issueDate(), ChartDrawer.factory(charts.get()), out));
    }
}
