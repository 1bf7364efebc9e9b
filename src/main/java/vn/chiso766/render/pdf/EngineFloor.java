package vn.chiso766.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.chiso766.render.Document;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.UnitResult;

/**
 * For the benchmark: what one unit scorecard PDF costs us (template, charts, PDF/A and PDF/UA,
 * fixed dates) against openhtmltopdf's own floor — a plain render of the same XHTML with the
 * same fonts and charts and nothing else. Warm medians.
 */
public final class EngineFloor {
    /** Median nanoseconds per document, ours and the engine's floor. */
    public record Cost(long oursNanos, long bareNanos) {
    }

    /**
     * The plain render has no PDF/A font rules, so PDFBox warns about its standard Symbol font
     * on every run, and reports scanning the system's fonts for it once; held here so that the
     * quieter levels are not garbage-collected away.
     */
    private static final List<Logger> PLAIN_RENDER_NOISE = List.of(
            Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font"),
            Logger.getLogger("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider"));

    static {
        PLAIN_RENDER_NOISE.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private EngineFloor() {
    }

    public static Cost scorecard(Results results, int runs) throws IOException {
        PeriodResult period = results.latest();
        UnitResult unit = period.units().stream().filter(u -> u.card().complete()).findFirst().orElseThrow();
        ScorecardPage page = vn.chiso766.render.view.ScorecardPages.of(new SiteMap(results), period, unit);
        Document ours = PdfDocuments.of(results, 1).stream().filter(d -> d.path().equals(page.pdf().href()))
                .findFirst().orElseThrow();
        var charts = PdfDocuments.scorecardCharts(page);
        String xhtml = PdfTemplates.render(PdfDocuments.SCORECARD, PdfDocuments.scorecardModel(page, charts));
        List<Long> mine = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) { // three warm-up rounds
            long a = time(() -> ours.prepare().body().writeTo(new ByteArrayOutputStream()));
            long b = time(() -> bare(xhtml, charts));
            if (i >= 3) {
                mine.add(a);
                bare.add(b);
            }
        }
        return new Cost(median(mine), median(bare));
    }

    private static void bare(String xhtml, Map<String, vn.chiso766.render.chart.Figure> charts) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder().withHtmlContent(xhtml, null)
                .useObjectDrawerFactory(ChartDrawer.factory(charts)).toStream(new ByteArrayOutputStream());
        PdfFonts.registerPlain(builder);
        builder.run();
    }

    private interface Work {
        void run() throws IOException;
    }

    private static long time(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
