package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;
import vn.chiso766.model.Band;

/**
 * A "điểm nghẽn": points an indicator (or a group scored as a whole) falls short of its maximum.
 *
 * @param code       indicator code, or group code where the group has no scored indicators
 * @param totalIfFull the total the unit would reach with this item at full points
 * @param bandIfFull  the band of that total
 */
public record Loss(String code, String name, String group, BigDecimal points, BigDecimal max, BigDecimal lost,
                   Optional<BigDecimal> totalIfFull, Optional<Band> bandIfFull) {
}
