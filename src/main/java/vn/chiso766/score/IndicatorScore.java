package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.QualityNote;

/**
 * An indicator's figures for a unit and period. Immutable. A class rather than a record so
 * that it can keep absent values as nulls and derive the rate: national data holds about a
 * million of these, and an {@code Optional} and a quotient per figure would double the heap.
 */
public final class IndicatorScore {
    private final Indicator indicator;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final BigDecimal points;
    private final boolean given;
    private final QualityNote quality;

    /**
     * @param points the points, rounded as the portal does; empty where there is no data or
     *               the indicator earns no points of its own (informational, tracked)
     * @param given  true where the points are the official figure of the data, not computed
     */
    public IndicatorScore(Indicator indicator, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
                          Optional<BigDecimal> points, boolean given) {
        this(indicator, numerator, denominator, points, given, Optional.empty());
    }

    /** @param quality the portal's own note on the figures, where it gives one */
    public IndicatorScore(Indicator indicator, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
                          Optional<BigDecimal> points, boolean given, Optional<QualityNote> quality) {
        this.quality = quality.orElse(null);
        this.indicator = Objects.requireNonNull(indicator);
        this.numerator = numerator.orElse(null);
        this.denominator = denominator.orElse(null);
        this.points = points.map(Points::shared).orElse(null);
        this.given = given;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Optional<BigDecimal> numerator() {
        return Optional.ofNullable(numerator);
    }

    public Optional<BigDecimal> denominator() {
        return Optional.ofNullable(denominator);
    }

    /** numerator ÷ denominator as a fraction (0.9274); empty without counts or with a denominator of 0. */
    public Optional<BigDecimal> rate() {
        return numerator == null || denominator == null ? Optional.empty() : Points.rate(numerator, denominator);
    }

    public Optional<BigDecimal> points() {
        return Optional.ofNullable(points);
    }

    public boolean given() {
        return given;
    }

    /** The portal's own note on the figures (dataQualityStatus, dataQualityMessage), where given. */
    public Optional<QualityNote> quality() {
        return Optional.ofNullable(quality);
    }

    /** Points short of the maximum; empty where the indicator has no points. */
    public Optional<BigDecimal> lost() {
        return points().map(p -> indicator.max().subtract(p).max(BigDecimal.ZERO));
    }

    public boolean hasData() {
        return points != null || numerator != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorScore s && indicator.equals(s.indicator) && Objects.equals(numerator, s.numerator)
                && Objects.equals(denominator, s.denominator) && Objects.equals(points, s.points) && given == s.given
                && Objects.equals(quality, s.quality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, numerator, denominator, points, given, quality);
    }

    @Override
    public String toString() {
        return "IndicatorScore[" + indicator.code() + ", " + numerator + "/" + denominator + ", points=" + points
                + (given ? " (given)" : "") + "]";
    }
}
