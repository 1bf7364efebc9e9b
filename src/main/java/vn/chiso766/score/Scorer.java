package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Unit;

/** The entry point of scoring: Dataset → Results. Pure: no I/O, no formatting. */
public final class Scorer {
    private Scorer() {
    }

    public static Results score(Dataset dataset) {
        List<PeriodResult> periods = new ArrayList<>();
        PeriodResult previous = null;
        for (PeriodData data : dataset.periods()) {
            PeriodResult result = period(dataset, data, Optional.ofNullable(previous));
            periods.add(result);
            previous = result;
        }
        return new Results(withoutObservations(dataset), periods);
    }

    /**
     * The dataset as results keep it: its raw rows are all in the scorecards now, so they are
     * dropped to keep national data (a million rows) within a small heap.
     */
    private static Dataset withoutObservations(Dataset dataset) {
        List<PeriodData> periods = dataset.periods().stream()
                .map(p -> new PeriodData(p.period(), p.file(), List.of())).toList();
        return new Dataset(dataset.units(), dataset.catalogue(), periods, dataset.settings(), dataset.nationals(),
                dataset.provenances()).with(dataset.targets(), dataset.responsibilities());
    }

    static PeriodResult period(Dataset dataset, PeriodData data, Optional<PeriodResult> previous) {
        Catalogue catalogue = dataset.catalogue();
        Map<String, Map<String, Observation>> rows = byUnit(data.observations());
        List<Scorecard> cards = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Unit unit : dataset.units()) {
            Map<String, Observation> own = rows.getOrDefault(unit.code(), Map.of());
            Scorecard card = Scoring.scorecard(unit, data.period(), catalogue, own);
            cards.add(card);
            findings.addAll(Findings.of(card, own));
        }
        dataset.national(data.period()).ifPresent(list -> findings.addAll(NationalCheck.of(cards, list)));
        Map<Scope, List<Scorecard>> scopes = scopes(cards);
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Integer> rankOf = new HashMap<>();
        scopes.forEach((scope, members) -> rankScope(scope, members, scopes, ranks, rankOf));
        Map<String, Integer> ranksAll = new HashMap<>();
        Map<String, Integer> rankAllOf = new HashMap<>();
        allOfProvince(cards).forEach((province, members) -> {
            ranksAll.putAll(Ranks.competition(members));
            int complete = (int) members.stream().filter(Scorecard::complete).count();
            members.forEach(c -> rankAllOf.put(c.unit().code(), complete));
        });
        List<UnitResult> units = new ArrayList<>();
        for (Scorecard card : cards) {
            String code = card.unit().code();
            Optional<UnitResult> before = previous.flatMap(p -> p.unit(code));
            Standing standing = standing(card, Optional.ofNullable(ranks.get(code)), rankOf.getOrDefault(code, 0),
                    Optional.ofNullable(ranksAll.get(code)), rankAllOf.getOrDefault(code, 0), before);
            units.add(new UnitResult(card, standing));
        }
        return new PeriodResult(data.period(), units, Stats.of(scopes.keySet(), units, catalogue), findings,
                national(dataset, data.period()));
    }

    /** The period's national list ranked against the latest earlier one, where the data has them. */
    static Optional<NationalRanking> national(Dataset dataset, Period period) {
        Optional<NationalList> previous = dataset.nationals().stream().filter(n -> n.period().compareTo(period) < 0)
                .reduce((a, b) -> b);
        return dataset.national(period).map(n -> NationalRanks.of(n, previous, dataset.catalogue()));
    }

    private static void rankScope(Scope scope, List<Scorecard> members, Map<Scope, List<Scorecard>> scopes,
                                  Map<String, Integer> ranks, Map<String, Integer> rankOf) {
        // A single province is not ranked "1 of 1": provinces rank only in national data.
        boolean ranked = !scope.national() || members.size() > 1;
        if (!ranked) {
            return;
        }
        ranks.putAll(Ranks.competition(members));
        int count = (int) members.stream().filter(Scorecard::complete).count();
        members.forEach(c -> rankOf.put(c.unit().code(), count));
    }

    private static Standing standing(Scorecard card, Optional<Integer> rank, int rankOf, Optional<Integer> rankAll,
                                     int rankAllOf, Optional<UnitResult> before) {
        Optional<BigDecimal> deltaTotal = card.total()
                .flatMap(t -> before.flatMap(b -> b.card().total()).map(t::subtract));
        Optional<Integer> previousRank = before.flatMap(b -> b.standing().rank());
        Optional<Integer> deltaRank = rank.flatMap(r -> previousRank.map(p -> p - r));
        return new Standing(rank, rankOf, rankAll, rankAllOf, deltaTotal, deltaRank, previousRank);
    }

    private static Map<String, Map<String, Observation>> byUnit(List<Observation> observations) {
        Map<String, Map<String, Observation>> rows = new HashMap<>();
        for (Observation o : observations) {
            rows.computeIfAbsent(o.unitCode(), k -> new HashMap<>()).put(o.code(), o);
        }
        return rows;
    }

    private static Map<Scope, List<Scorecard>> scopes(List<Scorecard> cards) {
        Map<Scope, List<Scorecard>> scopes = new LinkedHashMap<>();
        cards.stream().filter(c -> c.unit().kind() == Kind.PROVINCE)
                .forEach(c -> scopes.computeIfAbsent(Scope.of(c.unit()), k -> new ArrayList<>()).add(c));
        cards.stream().filter(c -> c.unit().kind() != Kind.PROVINCE)
                .sorted(java.util.Comparator.comparing((Scorecard c) -> c.unit().kind()))
                .forEach(c -> scopes.computeIfAbsent(Scope.of(c.unit()), k -> new ArrayList<>()).add(c));
        return scopes;
    }

    private static Map<String, List<Scorecard>> allOfProvince(List<Scorecard> cards) {
        Map<String, List<Scorecard>> provinces = new LinkedHashMap<>();
        cards.stream().filter(c -> c.unit().kind() != Kind.PROVINCE)
                .forEach(c -> provinces.computeIfAbsent(c.unit().provinceCode(), k -> new ArrayList<>()).add(c));
        return provinces;
    }
}
