package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Rule;

class PointsTest {
    static Indicator linear(int max) {
        return new Indicator("X", "G", "x", BigDecimal.valueOf(max), new Rule.Linear(), false);
    }

    static Indicator fullAt(int max, String threshold) {
        return new Indicator("X", "G", "x", BigDecimal.valueOf(max), new Rule.FullAt(new BigDecimal(threshold)), false);
    }

    static String points(Indicator indicator, long numerator, long denominator) {
        return Points.of(indicator, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))
                .orElseThrow().toPlainString();
    }

    @Test
    void linearIsMaxTimesRateRoundedToTwoDecimals() {
        assertEquals("0.13", points(linear(6), 1, 47));   // 0.1277
        assertEquals("3.66", points(linear(4), 43, 47));  // 3.6596
        assertEquals("20.00", points(linear(20), 39, 39));
        assertEquals("0.00", points(linear(4), 0, 41));
    }

    @Test
    void roundingIsHalfUpNotHalfEven() {
        assertEquals("0.13", points(linear(4), 1, 32));   // exactly 0.125
        assertEquals("0.38", points(linear(4), 3, 32));   // exactly 0.375
        assertEquals("2.63", points(linear(6), 7, 16));   // exactly 2.625
    }

    @Test
    void fullAtThresholdReachesMaximumAtTheThresholdAndIsClipped() {
        assertEquals("2.00", points(fullAt(2, "0.8"), 80, 100));
        assertEquals("2.00", points(fullAt(2, "0.8"), 100, 100));
        assertEquals("1.00", points(fullAt(2, "0.8"), 40, 100));
        assertEquals("6.00", points(fullAt(6, "0.9"), 41, 42)); // 97.6% of 90% → clipped
        assertEquals("5.33", points(fullAt(6, "0.9"), 80, 100)); // 6 × 0.8 / 0.9 = 5.333
    }

    @Test
    void emptyDenominatorGivesZeroOrFullAsTheCatalogueSays() {
        assertEquals("0.00", points(linear(6), 0, 0));
        Indicator petitions = new Indicator("P", "MDHL", "p", BigDecimal.valueOf(6), new Rule.Linear(), true);
        assertEquals("6.00", points(petitions, 0, 0));
        assertEquals("0.00", points(fullAt(6, "0.9"), 0, 0));
    }

    @Test
    void informationalAndTrackedRulesComputeNoPoints() {
        Indicator info = new Indicator("I", "TTTT", "i", BigDecimal.valueOf(6), new Rule.Informational(), false);
        Indicator tracked = new Indicator("T", "MDHL", "t", BigDecimal.ZERO, new Rule.Tracked(), false);
        assertTrue(Points.of(info, BigDecimal.ONE, BigDecimal.TEN).isEmpty());
        assertTrue(Points.of(tracked, BigDecimal.ONE, BigDecimal.TEN).isEmpty());
    }

    @Test
    void rateIsEmptyForAZeroDenominator() {
        assertEquals(Optional.empty(), Points.rate(BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(0, new BigDecimal("0.5").compareTo(Points.rate(BigDecimal.ONE, BigDecimal.valueOf(2)).orElseThrow()));
    }
}
