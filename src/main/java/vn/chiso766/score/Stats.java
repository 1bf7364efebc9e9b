package vn.chiso766.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;

/** Ranking tables with their medians and band counts. Pure. */
final class Stats {
    private Stats() {
    }

    static List<ScopeStats> of(Collection<Scope> scopes, List<UnitResult> units, Catalogue catalogue) {
        Map<Scope, List<UnitResult>> members = new LinkedHashMap<>();
        scopes.forEach(s -> members.put(s, new ArrayList<>()));
        units.forEach(u -> members.get(Scope.of(u.unit())).add(u));
        List<ScopeStats> out = new ArrayList<>();
        members.forEach((scope, list) -> out.add(stats(scope, list, catalogue)));
        return out;
    }

    private static ScopeStats stats(Scope scope, List<UnitResult> units, Catalogue catalogue) {
        List<UnitResult> ordered = units.stream().sorted((a, b) -> Ranks.ORDER.compare(a.card(), b.card())).toList();
        List<Scorecard> complete = units.stream().map(UnitResult::card).filter(Scorecard::complete).toList();
        Optional<BigDecimal> medianTotal = median(complete.stream().map(c -> c.total().orElseThrow()).toList());
        Map<String, BigDecimal> medianGroups = new HashMap<>();
        for (Group group : catalogue.groups()) {
            median(complete.stream().flatMap(c -> c.group(group.code()).flatMap(GroupScore::points).stream()).toList())
                    .ifPresent(m -> medianGroups.put(group.code(), m));
        }
        Map<String, Integer> bands = new LinkedHashMap<>();
        catalogue.bands().forEach(b -> bands.put(b.name(), 0));
        complete.forEach(c -> bands.merge(c.band().map(Band::name).orElseThrow(), 1, Integer::sum));
        return new ScopeStats(scope, ordered, medianTotal, medianGroups, bands);
    }

    /** The median, the mean of the two middle values for an even count, rounded half up. */
    static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return Optional.of(Points.round(middle));
    }
}
