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
 * @param nationals   the national lists of provinces (national/), ascending; may be empty
 * @param provenances where each period's figures came from (sources/), ascending; may be empty
 * @param targets          the rows of targets.csv in file order; may be empty
 * @param responsibilities the rows of responsibilities.csv in file order; may be empty
 */
public record Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings,
                      List<NationalList> nationals, List<Provenance> provenances, List<Target> targets,
                      List<Responsibility> responsibilities) {
    public Dataset {
        targets = List.copyOf(targets);
        responsibilities = List.copyOf(responsibilities);
        units = List.copyOf(units);
        periods = periods.stream().sorted(Comparator.comparing(PeriodData::period)).toList();
        nationals = nationals.stream().sorted(Comparator.comparing(NationalList::period)).toList();
        provenances = provenances.stream().sorted(Comparator.comparing(Provenance::period)).toList();
    }

    /** A dataset without national lists or provenance. */
    public Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings) {
        this(units, catalogue, periods, settings, List.of(), List.of());
    }

    /** A dataset without targets or responsibilities. */
    public Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings,
                   List<NationalList> nationals, List<Provenance> provenances) {
        this(units, catalogue, periods, settings, nationals, provenances, List.of(), List.of());
    }

    /** The same data with targets and responsibilities. */
    public Dataset with(List<Target> targets, List<Responsibility> responsibilities) {
        return new Dataset(units, catalogue, periods, settings, nationals, provenances, targets, responsibilities);
    }

    public Map<String, Unit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public Optional<NationalList> national(Period period) {
        return nationals.stream().filter(n -> n.period().equals(period)).findFirst();
    }

    public Optional<Provenance> provenance(Period period) {
        return provenances.stream().filter(p -> p.period().equals(period)).findFirst();
    }
}
