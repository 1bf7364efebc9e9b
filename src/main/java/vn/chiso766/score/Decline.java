package vn.chiso766.score;

import java.math.BigDecimal;

/**
 * Points an item (an indicator, or a group the portal scores as a whole) fell by since the
 * previous period.
 *
 * @param delta now − before, negative
 */
public record Decline(String code, String name, BigDecimal before, BigDecimal now, BigDecimal delta) {
}
