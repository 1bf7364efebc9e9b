package vn.chiso766.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Rule;

/**
 * How a rate becomes points, exactly as the portal computes: each indicator's points rounded
 * to 2 decimals half up, clipped to [0, max].
 */
public final class Points {
    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Racy on purpose: any instance of the value is correct, sharing is only a saving. */
    private static final BigDecimal[] SHARED = new BigDecimal[100 * 100 + 1];

    private Points() {
    }

    /** numerator ÷ denominator, empty for a denominator of 0. */
    public static Optional<BigDecimal> rate(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator, MathContext.DECIMAL64));
    }

    /** The points of a computing indicator; empty for rules that compute nothing. */
    public static Optional<BigDecimal> of(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        Rule rule = indicator.rule();
        if (!rule.computes()) {
            return Optional.empty();
        }
        BigDecimal max = indicator.max();
        if (denominator.signum() == 0) {
            return Optional.of(round(indicator.fullWhenEmpty() ? max : BigDecimal.ZERO));
        }
        BigDecimal divisor = rule instanceof Rule.FullAt full ? denominator.multiply(full.threshold()) : denominator;
        BigDecimal points = max.multiply(numerator).divide(divisor, SCALE, RoundingMode.HALF_UP);
        return Optional.of(clip(points, max));
    }

    /**
     * The same value as one shared instance where it is a usual score (0.00–100.00 at 2
     * decimals): a million scorecard figures then cost no memory of their own.
     */
    static BigDecimal shared(BigDecimal value) {
        if (value.scale() != SCALE || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            return value;
        }
        int cents = value.unscaledValue().intValueExact();
        BigDecimal known = SHARED[cents];
        if (known == null) {
            known = value;
            SHARED[cents] = value;
        }
        return known;
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** part ÷ whole as a fraction, for shares of a maximum; 0 for a whole of 0. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, MathContext.DECIMAL64);
    }

    private static BigDecimal clip(BigDecimal points, BigDecimal max) {
        return round(points.max(BigDecimal.ZERO).min(max));
    }
}
