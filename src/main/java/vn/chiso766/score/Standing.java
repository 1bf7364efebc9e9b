package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a unit stands in a period.
 *
 * @param rank       competition rank (1, 2, 2, 4) within its scope; empty without complete data
 * @param rankOf     how many units of its scope are ranked
 * @param rankAll    rank among all units of its province except the province itself
 * @param rankAllOf  how many units that is
 * @param deltaTotal change of total against the previous period of the data
 * @param deltaRank  previous rank − rank: positive means moved up
 */
public record Standing(Optional<Integer> rank, int rankOf, Optional<Integer> rankAll, int rankAllOf,
                       Optional<BigDecimal> deltaTotal, Optional<Integer> deltaRank,
                       Optional<Integer> previousRank) {
}
