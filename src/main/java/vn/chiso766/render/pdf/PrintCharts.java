package vn.chiso766.render.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.Charts;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;
import vn.chiso766.score.Results;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** The figures of the shared chart builders that the PDFs print, from scored results. */
final class PrintCharts {
    private PrintCharts() {
    }

    /** A unit's six groups against the maximum and the median of its ranking table. */
    static List<GroupBar> groupBars(UnitResult unit, Optional<ScopeStats> table) {
        return unit.card().groups().stream().map(g -> new GroupBar(g.group().name(), number(g.points()),
                g.group().max().doubleValue(), number(table.filter(t -> t.ranked().size() > 1)
                        .map(t -> t.medianGroups().get(g.group().code())))))
                .toList();
    }

    static Figure groupProfile(String unitName, List<GroupBar> bars, String kind) {
        return Charts.groupProfile("Sáu nhóm tiêu chí · " + unitName, bars, "Trung vị " + NoticeText.lower(kind));
    }

    /** A unit's total and rank over every period up to and including {@code last}. */
    static List<TrendPoint> trendPoints(Results results, String unitCode, vn.chiso766.model.Period last) {
        return results.history(unitCode).stream().filter(u -> u.card().period().compareTo(last) <= 0)
                .map(u -> new TrendPoint(Format.monthShort(u.card().period()), number(u.card().total()),
                        u.standing().rank().orElse(null)))
                .toList();
    }

    static Figure trend(String unitName, List<TrendPoint> points, Catalogue catalogue) {
        return Charts.trend("Xu hướng · " + unitName, points, catalogue.maxTotal().doubleValue());
    }

    private static Double number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::doubleValue).orElse(null);
    }
}
