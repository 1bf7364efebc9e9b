package vn.chiso766.render.html;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.chiso766.render.chart.Charts;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.SvgChart;
import vn.chiso766.render.view.HistoryPage;
import vn.chiso766.render.view.OverviewPage;
import vn.chiso766.render.view.RankingPage;
import vn.chiso766.render.view.ScorecardPage;

/** The charts of each page as inline SVG, keyed by their id on the page. */
final class PageCharts {
    private PageCharts() {
    }

    /**
     * A chart as the page embeds it.
     *
     * @param label names the chart's sideways-scrolling region for screen readers: "Biểu đồ: Xu hướng · Sở Tư pháp"
     */
    public record Chart(String svg, String label) {
    }

    static Map<String, Chart> ranking(RankingPage page) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        if (!page.bars().isEmpty()) {
            put(charts, "bieu-do-xep-hang", Charts.rankingBars("Tổng điểm " + page.scopeLabel(), page.bars(),
                    page.bands().stream().map(b -> b.band().name()).toList(), page.maxTotal()));
        }
        if (!page.heat().isEmpty()) {
            put(charts, "ban-do-nhiet", Charts.heatMap("Tỷ lệ điểm theo nhóm tiêu chí · " + page.scopeLabel(),
                    page.heatColumns(), page.heat()));
        }
        return charts;
    }

    static Map<String, Chart> scorecard(ScorecardPage page) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        put(charts, "nhom-tieu-chi", Charts.groupProfile("Sáu nhóm tiêu chí · " + page.unit(), page.groupBars(),
                page.medianLabel()));
        put(charts, "xu-huong", Charts.trend("Xu hướng · " + page.unit(), page.trendPoints(), page.maxTotal()));
        return charts;
    }

    /** The province's groups and its course over the periods; none in national data. */
    static Map<String, Chart> overview(OverviewPage page) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        OverviewPage.Pictures p = page.pictures();
        if (p != null) {
            put(charts, "nhom-tieu-chi", Charts.groupProfile("Sáu nhóm tiêu chí · " + p.province(), p.groupBars(), ""));
            if (!p.trendPoints().isEmpty()) {
                put(charts, "xu-huong", Charts.trend("Tổng điểm qua các kỳ · " + p.province(), p.trendPoints(),
                        p.maxTotal()));
            }
            if (!p.kinds().isEmpty()) {
                put(charts, "xep-loai", Charts.bandCounts("Số đơn vị theo xếp loại · " + p.province(), p.bands(),
                        p.kinds()));
            }
        }
        return charts;
    }

    static Map<String, Chart> history(HistoryPage page) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        boolean several = page.series().size() > 1;
        for (HistoryPage.Series series : page.series()) {
            put(charts, series.chart(), Charts.trend("Xu hướng" + (several ? " " + series.heading().toLowerCase(
                    java.util.Locale.ROOT) : "") + " · " + page.unit(), series.trendPoints(), page.maxTotal()));
        }
        return charts;
    }

    private static void put(Map<String, Chart> charts, String id, Figure figure) {
        charts.put(id, new Chart(SvgChart.svg(figure, id), "Biểu đồ: " + figure.title()));
    }
}
