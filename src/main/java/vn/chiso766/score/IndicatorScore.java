package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;
import vn.chiso766.model.Indicator;

/**
 * An indicator's figures for a unit and period.
 *
 * @param rate   numerator ÷ denominator as a fraction (0.9274), empty without counts or with a
 *               denominator of 0
 * @param points the points, rounded as the portal does; empty where there is no data or the
 *               indicator earns no points of its own (informational, tracked)
 * @param given  true where the points are the official figure of the data, not computed
 */
public record IndicatorScore(Indicator indicator, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
                             Optional<BigDecimal> rate, Optional<BigDecimal> points, boolean given) {

    /** Points short of the maximum; empty where the indicator has no points. */
    public Optional<BigDecimal> lost() {
        return points.map(p -> indicator.max().subtract(p).max(BigDecimal.ZERO));
    }

    public boolean hasData() {
        return points.isPresent() || numerator.isPresent();
    }
}
