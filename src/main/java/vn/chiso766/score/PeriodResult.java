package vn.chiso766.score;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;

/** The results of one period: every unit (in units.csv order), every ranking table, every finding. */
public record PeriodResult(Period period, List<UnitResult> units, List<ScopeStats> scopes, List<Finding> findings) {
    public PeriodResult {
        units = List.copyOf(units);
        scopes = List.copyOf(scopes);
        findings = List.copyOf(findings);
    }

    public Optional<UnitResult> unit(String code) {
        return units.stream().filter(u -> u.unit().code().equals(code)).findFirst();
    }

    public Map<String, UnitResult> byCode() {
        return units.stream().collect(Collectors.toMap(u -> u.unit().code(), Function.identity()));
    }

    public Optional<ScopeStats> scope(Scope scope) {
        return scopes.stream().filter(s -> s.scope().equals(scope)).findFirst();
    }

    public List<ScopeStats> scopes(Kind kind) {
        return scopes.stream().filter(s -> s.scope().kind() == kind).toList();
    }
}
