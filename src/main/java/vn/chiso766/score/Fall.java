package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit whose total fell since the previous period, and the items that fell, most first.
 *
 * @param delta the change of its total, negative
 */
public record Fall(UnitResult unit, BigDecimal delta, List<Decline> declines) {
    public Fall {
        declines = List.copyOf(declines);
    }
}
