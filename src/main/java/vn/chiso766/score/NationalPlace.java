package vn.chiso766.score;

import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.NationalRow;

/**
 * A province's place in the national list of a period.
 *
 * @param rank         competition rank by total (1, 2, 2, 4); empty where the province has no total
 * @param previousRank its rank in the previous national list, where it was ranked there
 * @param deltaRank    places moved since then, positive = moved up; empty where either rank is missing
 * @param band         the catalogue's band of its total
 */
public record NationalPlace(NationalRow row, Optional<Integer> rank, Optional<Integer> previousRank,
                            Optional<Integer> deltaRank, Optional<Band> band) {
}
