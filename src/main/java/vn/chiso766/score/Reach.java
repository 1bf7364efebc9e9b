package vn.chiso766.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Rule;

/**
 * How large an indicator's numerator must be for its points to reach a target, over the same
 * denominator, under the catalogue's rule and the portal's rounding. The estimate is exact
 * arithmetic; {@link Points#of} itself then confirms the boundary (the count reaches the target,
 * one fewer does not). Pure.
 */
public final class Reach {
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    /** A ratio in percent is the points of a linear indicator worth 100: the same rounding. */
    private static final Indicator PERCENT = new Indicator("PERCENT", "", "", BigDecimal.valueOf(100),
            new Rule.Linear(), false);

    private Reach() {
    }

    /**
     * The smallest whole numerator, at least {@code numerator}, whose points reach {@code target};
     * empty where even a numerator equal to the denominator does not (a threshold above 100%).
     * The denominator must be positive and both counts whole.
     */
    public static Optional<BigDecimal> numerator(Indicator indicator, BigDecimal numerator, BigDecimal denominator,
                                                 BigDecimal target) {
        BigDecimal divisor = indicator.rule() instanceof Rule.FullAt full
                ? denominator.multiply(full.threshold()) : denominator;
        // max × m ÷ divisor rounds half up to at least the target ⇔ m ≥ divisor × (target − 0,005) ÷ max
        BigDecimal m = divisor.multiply(target.subtract(HALF_CENT))
                .divide(indicator.max(), 0, RoundingMode.CEILING).max(numerator);
        while (m.compareTo(denominator) <= 0 && !reaches(indicator, m, denominator, target)) {
            m = m.add(BigDecimal.ONE);
        }
        if (m.compareTo(denominator) > 0) {
            return Optional.empty();
        }
        while (m.compareTo(numerator) > 0 && reaches(indicator, m.subtract(BigDecimal.ONE), denominator, target)) {
            m = m.subtract(BigDecimal.ONE);
        }
        return Optional.of(m);
    }

    /** True where the scorer gives at least {@code target} points for these counts. */
    public static boolean reaches(Indicator indicator, BigDecimal numerator, BigDecimal denominator,
                                  BigDecimal target) {
        return Points.of(indicator, numerator, denominator).orElseThrow().compareTo(target) >= 0;
    }

    /** 100 × numerator ÷ denominator rounded half up to 2 decimals, as the portal shows a ratio; denominator positive. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return Points.of(PERCENT, numerator, denominator).orElseThrow();
    }

    /**
     * The smallest whole numerator, at least {@code numerator}, whose ratio as the portal shows it
     * reaches {@code target} percent over the same denominator; empty above 100%.
     */
    public static Optional<BigDecimal> percentNumerator(BigDecimal numerator, BigDecimal denominator,
                                                        BigDecimal target) {
        return numerator(PERCENT, numerator, denominator, target);
    }
}
