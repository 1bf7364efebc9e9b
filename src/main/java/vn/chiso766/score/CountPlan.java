package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an indicator's counts need for full points, the denominator unchanged.
 *
 * @param toFull   items to add to the numerator: the fewest that give the maximum under the rule
 *                 after the portal's rounding (one fewer does not)
 * @param perPoint items to add for one more point (the fewest that raise the points by at least
 *                 1,00); empty where the maximum is less than a point away, or one point takes as
 *                 many items as the maximum (a small denominator)
 */
public record CountPlan(BigDecimal numerator, BigDecimal denominator, BigDecimal toFull,
                        Optional<BigDecimal> perPoint) {
}
