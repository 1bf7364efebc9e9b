package vn.chiso766.render.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.render.chart.Charts;
import vn.chiso766.render.chart.SvgChart;
import vn.chiso766.render.view.HistoryPage;
import vn.chiso766.render.view.RankingPage;
import vn.chiso766.render.view.ScorecardPage;

/** The charts of each page as inline SVG, keyed by their id on the page. */
final class PageCharts {
    private PageCharts() {
    }

    static Map<String, String> ranking(RankingPage page) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (!page.bars().isEmpty()) {
            charts.put("bieu-do-xep-hang", SvgChart.svg(Charts.rankingBars("Tổng điểm " + page.scopeLabel(), page.bars(),
                    page.bands().stream().map(b -> b.band().name()).toList(), page.maxTotal()), "bieu-do-xep-hang"));
        }
        if (!page.heat().isEmpty()) {
            charts.put("ban-do-nhiet", SvgChart.svg(Charts.heatMap("Tỷ lệ điểm theo nhóm tiêu chí · " + page.scopeLabel(),
                    page.heatColumns(), page.heat()), "ban-do-nhiet"));
        }
        return charts;
    }

    static Map<String, String> scorecard(ScorecardPage page) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("nhom-tieu-chi", SvgChart.svg(Charts.groupProfile("Sáu nhóm tiêu chí · " + page.unit(), page.groupBars(),
                page.medianLabel()), "nhom-tieu-chi"));
        charts.put("xu-huong", SvgChart.svg(Charts.trend("Xu hướng · " + page.unit(), page.trendPoints(), page.maxTotal()), "xu-huong"));
        return charts;
    }

    static Map<String, String> history(HistoryPage page) {
        return Map.of("xu-huong", SvgChart.svg(Charts.trend("Xu hướng · " + page.unit(), page.trendPoints(), page.maxTotal()),
                "xu-huong"));
    }
}
