package vn.chiso766.score;

import java.math.BigDecimal;

/**
 * A "điểm nghẽn" shared by several units: one indicator (or group scored as a whole) and the
 * points it costs them together.
 *
 * @param units   how many units lose points on it
 * @param lost    the points lost, summed over those units
 * @param average lost ÷ units, rounded as points
 */
public record Bottleneck(String code, String name, String group, BigDecimal max, int units, BigDecimal lost,
                         BigDecimal average) {
}
