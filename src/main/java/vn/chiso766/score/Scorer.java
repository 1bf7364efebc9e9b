package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
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

    /**
     * Scores every period against the previous period of its own kind, and every snapshot of a
     * period against that same previous period (snapshot-to-snapshot changes are {@link Results}'s).
     */
    public static Results score(Dataset dataset) {
        List<PeriodResult> periods = new ArrayList<>();
        Map<Period, List<PeriodResult>> snapshots = new HashMap<>();
        Map<Period.Span, PeriodResult> previous = new EnumMap<>(Period.Span.class);
        for (PeriodData data : dataset.periods()) {
            Optional<PeriodResult> before = Optional.ofNullable(previous.get(data.period().span()));
            List<PeriodResult> series = dataset.snapshots(data.period()).parallelStream()
                    .map(snap -> period(dataset, snap, before, dataset.nationalAt(snap.period()),
                            snap.period().equals(data.period()))).toList();
            PeriodResult result = series.stream().filter(r -> r.period().equals(data.period())).findFirst()
                    .orElseGet(() -> period(dataset, data, before, dataset.national(data.period()), true));
            periods.add(result);
            snapshots.put(data.period().plain(), series);
            previous.put(data.period().span(), result);
        }
        return new Results(withoutObservations(dataset), periods, snapshots);
    }

    /**
     * The dataset as results keep it: its raw rows are all in the scorecards now, so they are
     * dropped to keep national data (a million rows) within a small heap.
     */
    private static Dataset withoutObservations(Dataset dataset) {
        return new Dataset(dataset.units(), dataset.catalogue(), withoutObservations(dataset.periods()),
                dataset.settings(), dataset.nationals(), dataset.provenances(), withoutObservations(dataset.snapshots()))
                .with(dataset.targets(), dataset.responsibilities());
    }

    private static List<PeriodData> withoutObservations(List<PeriodData> files) {
        return files.stream().map(p -> new PeriodData(p.period(), p.file(), List.of())).toList();
    }

    static PeriodResult period(Dataset dataset, PeriodData data, Optional<PeriodResult> previous) {
        return period(dataset, data, previous, dataset.national(data.period()), true);
    }

    /**
     * @param nationalList the national list these figures are checked and ranked with, if any
     * @param checked      whether these are the period's own figures, published in full with their data-quality
     *                     findings; its earlier snapshots feed history, movers and open data, and keep their
     *                     scorecards without the indicators (Scorecard#withoutIndicators)
     */
    static PeriodResult period(Dataset dataset, PeriodData data, Optional<PeriodResult> previous,
                               Optional<NationalList> nationalList, boolean checked) {
        Catalogue catalogue = dataset.catalogue();
        Map<String, Map<String, Observation>> rows = byUnit(data.observations());
        List<Scorecard> cards = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<Group, List<Indicator>> indicators = Scoring.indicators(catalogue);
        for (Unit unit : dataset.units()) {
            Map<String, Observation> own = rows.getOrDefault(unit.code(), Map.of());
            Scorecard card = Scoring.scorecard(unit, data.period(), catalogue, indicators, own);
            if (checked) {
                findings.addAll(Findings.of(card, own));
            }
            cards.add(checked ? card : card.withoutIndicators());
        }
        nationalList.filter(list -> checked).ifPresent(list -> findings.addAll(NationalCheck.of(cards, list)));
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
        // the ranking tables are made when first asked for: an earlier snapshot's, only for its own open data
        Supplier<List<ScopeStats>> stats = () -> Stats.of(scopes.keySet(), units, catalogue);
        return new PeriodResult(data.period(), units, stats, findings,
                nationalList.map(n -> NationalRanks.of(n, nationalBefore(dataset, data.period()), catalogue)));
    }

    /** The latest earlier period's national list of the same kind (its plain file, else its latest snapshot). */
    private static Optional<NationalList> nationalBefore(Dataset dataset, Period period) {
        List<NationalList> earlier = dataset.nationals().stream().filter(n -> n.period().span() == period.span()
                && n.period().plain().compareTo(period.plain()) < 0).toList();
        return Dataset.chosen(earlier, NationalList::period).stream().reduce((a, b) -> b);
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
            rows.computeIfAbsent(o.unitCode(), k -> new HashMap<>(64)).put(o.code(), o); // a unit's ~30 rows, no resizing
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
