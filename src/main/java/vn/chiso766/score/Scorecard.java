package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;

/**
 * A unit's result for a period: six groups, total and band. The total is empty, never zero,
 * where a group has no data ("chưa có dữ liệu").
 */
public record Scorecard(Unit unit, Period period, List<GroupScore> groups, Optional<BigDecimal> total,
                        Optional<Band> band) {
    public Scorecard {
        groups = List.copyOf(groups);
    }

    public boolean complete() {
        return total.isPresent();
    }

    /** True where the period has no row at all for this unit. */
    public boolean empty() {
        return groups.stream().allMatch(g -> g.source() == GroupScore.Source.MISSING
                && g.indicators().stream().noneMatch(IndicatorScore::hasData));
    }

    /**
     * The same result without the indicators behind its groups: what an earlier snapshot keeps, since it
     * feeds only history, movers and open data (a year of daily snapshots would keep ten million figures).
     */
    public Scorecard withoutIndicators() {
        return new Scorecard(unit, period, groups.stream().map(g -> new GroupScore(g.group(), g.points(), g.source(),
                List.of())).toList(), total, band);
    }

    public Optional<GroupScore> group(String code) {
        return groups.stream().filter(g -> g.group().code().equals(code)).findFirst();
    }
}
