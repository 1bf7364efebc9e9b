package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ranking table: the units of a scope in rank order (units without complete data last),
 * with the medians of the ranked units and how many fall in each band.
 *
 * @param medianGroups median points per group code
 * @param bandCounts   units per band name, in the catalogue's order from the highest band
 */
public record ScopeStats(Scope scope, List<UnitResult> ranking, Optional<BigDecimal> medianTotal,
                         Map<String, BigDecimal> medianGroups, Map<String, Integer> bandCounts) {
    public ScopeStats {
        ranking = List.copyOf(ranking);
        medianGroups = Map.copyOf(medianGroups);
    }

    public List<UnitResult> ranked() {
        return ranking.stream().filter(r -> r.standing().rank().isPresent()).toList();
    }

    public List<UnitResult> unranked() {
        return ranking.stream().filter(r -> r.standing().rank().isEmpty()).toList();
    }
}
