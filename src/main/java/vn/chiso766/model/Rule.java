package vn.chiso766.model;

import java.math.BigDecimal;

/** How an indicator's rate becomes points. */
public sealed interface Rule {

    /** points = max × rate. */
    record Linear() implements Rule {
    }

    /** points = min(max, max × rate / threshold); threshold is a fraction, 0.8 for 80%. */
    record FullAt(BigDecimal threshold) implements Rule {
    }

    /** Shown for information with its rate; its points come from a given score only. */
    record Informational() implements Rule {
    }

    /** Tracked but worth no points. */
    record Tracked() implements Rule {
    }

    /** True where the points are computed from numerator and denominator. */
    default boolean computes() {
        return this instanceof Linear || this instanceof FullAt;
    }
}
