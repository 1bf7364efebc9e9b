package vn.chiso766.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from a data folder, periods in ascending order.
 *
 * @param periods     each period's figures: its plain file, else its latest snapshot
 * @param nationals   the national lists of provinces (national/), plain files and snapshots, ascending; may be empty
 * @param provenances where each period's figures came from (sources/), plain and snapshots, ascending; may be empty
 * @param snapshots   every dated snapshot of every period (the latest one also in {@code periods} where the
 *                    period has no plain file), ascending
 * @param targets          the rows of targets.csv in file order; may be empty
 * @param responsibilities the rows of responsibilities.csv in file order; may be empty
 */
public record Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings,
                      List<NationalList> nationals, List<Provenance> provenances, List<PeriodData> snapshots,
                      List<Target> targets, List<Responsibility> responsibilities) {
    public Dataset {
        targets = List.copyOf(targets);
        responsibilities = List.copyOf(responsibilities);
        units = List.copyOf(units);
        periods = periods.stream().sorted(Comparator.comparing(PeriodData::period)).toList();
        nationals = nationals.stream().sorted(Comparator.comparing(NationalList::period)).toList();
        provenances = provenances.stream().sorted(Comparator.comparing(Provenance::period)).toList();
        snapshots = snapshots.stream().sorted(Comparator.comparing(PeriodData::period)).toList();
    }

    /** A dataset without targets or responsibilities. */
    public Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings,
                   List<NationalList> nationals, List<Provenance> provenances, List<PeriodData> snapshots) {
        this(units, catalogue, periods, settings, nationals, provenances, snapshots, List.of(), List.of());
    }

    /** The same data with targets and responsibilities. */
    public Dataset with(List<Target> targets, List<Responsibility> responsibilities) {
        return new Dataset(units, catalogue, periods, settings, nationals, provenances, snapshots, targets,
                responsibilities);
    }

    /** A dataset without snapshots. */
    public Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings,
                   List<NationalList> nationals, List<Provenance> provenances) {
        this(units, catalogue, periods, settings, nationals, provenances, List.of());
    }

    /** A dataset without national lists, provenance or snapshots. */
    public Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings) {
        this(units, catalogue, periods, settings, List.of(), List.of());
    }

    /** A dataset from every file of a data folder, plain and snapshots: each period's figures chosen as {@link #chosen}. */
    public static Dataset of(List<Unit> units, Catalogue catalogue, List<PeriodData> files, Settings settings,
                             List<NationalList> nationals, List<Provenance> provenances) {
        return new Dataset(units, catalogue, chosen(files, PeriodData::period), settings, nationals, provenances,
                files.stream().filter(f -> f.period().snapshot() != null).toList());
    }

    /** A period's figures: its plain file where there is one (final), else its latest snapshot. */
    public static <T> List<T> chosen(List<T> files, Function<T, Period> period) {
        Map<Period, T> chosen = new java.util.TreeMap<>();
        for (T file : files) {
            chosen.merge(period.apply(file).plain(), file, (a, b) -> later(period.apply(a), period.apply(b)) ? a : b);
        }
        return List.copyOf(chosen.values());
    }

    private static boolean later(Period a, Period b) {
        return b.snapshot() != null && (a.snapshot() == null || a.snapshot().isAfter(b.snapshot()));
    }

    /** The snapshots of one period, oldest first. */
    public List<PeriodData> snapshots(Period period) {
        return snapshots.stream().filter(s -> s.period().samePeriod(period)).toList();
    }

    public Map<String, Unit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The national list of the period's figures: the one of the same day, else the period's own (plain, else latest). */
    public Optional<NationalList> national(Period period) {
        return nationalAt(period).or(() -> of(nationals, NationalList::period, period));
    }

    /** The national list taken on exactly the same day as these figures (or the plain one for a plain file). */
    public Optional<NationalList> nationalAt(Period period) {
        return nationals.stream().filter(n -> n.period().equals(period)).findFirst();
    }

    /** Where the period's figures came from: the file of the same day, else the period's own (plain, else latest). */
    public Optional<Provenance> provenance(Period period) {
        return provenances.stream().filter(p -> p.period().equals(period)).findFirst()
                .or(() -> of(provenances, Provenance::period, period));
    }

    private static <T> Optional<T> of(List<T> files, Function<T, Period> period, Period wanted) {
        return chosen(files.stream().filter(f -> period.apply(f).samePeriod(wanted)).toList(), period).stream()
                .findFirst();
    }
}
