package vn.chiso766.score;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Period;

/**
 * The national list of a period, ranked.
 *
 * @param places   ranked provinces first (highest total first, ties in code order), then the unranked in file order
 * @param ranked   how many provinces have a total and so a rank: the N of "4/N"
 * @param previous the period of the national list the rank changes are measured against
 */
public record NationalRanking(Period period, List<NationalPlace> places, int ranked, Optional<Period> previous) {
    public NationalRanking {
        places = List.copyOf(places);
    }

    public Optional<NationalPlace> place(String provinceCode) {
        return places.stream().filter(p -> p.row().provinceCode().equals(provinceCode)).findFirst();
    }
}
