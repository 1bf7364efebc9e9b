package vn.chiso766.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything loaded from a data folder, periods in ascending order. */
public record Dataset(List<Unit> units, Catalogue catalogue, List<PeriodData> periods, Settings settings) {
    public Dataset {
        units = List.copyOf(units);
        periods = periods.stream().sorted(Comparator.comparing(PeriodData::period)).toList();
    }

    public Map<String, Unit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
