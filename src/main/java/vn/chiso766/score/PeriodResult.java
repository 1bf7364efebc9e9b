package vn.chiso766.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;

/**
 * The results of one period: every unit (in units.csv order), every ranking table, every
 * finding. Immutable; a class rather than a record only to keep an index by unit code, since
 * national data looks units up thousands of times.
 */
public final class PeriodResult {
    private final Period period;
    private final List<UnitResult> units;
    private final Supplier<List<ScopeStats>> makeScopes;
    private volatile List<ScopeStats> scopes;
    private final List<Finding> findings;
    private final Map<String, UnitResult> byCode = new LinkedHashMap<>();
    private final Optional<NationalRanking> national;

    public PeriodResult(Period period, List<UnitResult> units, List<ScopeStats> scopes, List<Finding> findings) {
        this(period, units, scopes, findings, Optional.empty());
    }

    /** @param national the portal's national list of provinces for the period, ranked, where the data has one */
    public PeriodResult(Period period, List<UnitResult> units, List<ScopeStats> scopes, List<Finding> findings,
                        Optional<NationalRanking> national) {
        this(period, units, () -> scopes, findings, national);
        this.scopes = List.copyOf(scopes);
    }

    /**
     * @param scopes the ranking tables, made when first asked for: an earlier snapshot's are read only
     *               when its own open data are written, which a new day does not do
     */
    PeriodResult(Period period, List<UnitResult> units, Supplier<List<ScopeStats>> scopes, List<Finding> findings,
                 Optional<NationalRanking> national) {
        this.national = national;
        this.period = period;
        this.units = List.copyOf(units);
        this.makeScopes = scopes;
        this.findings = List.copyOf(findings);
        this.units.forEach(u -> byCode.put(u.unit().code(), u));
    }

    public Period period() {
        return period;
    }

    public List<UnitResult> units() {
        return units;
    }

    public List<ScopeStats> scopes() {
        List<ScopeStats> made = scopes;
        if (made == null) {
            synchronized (this) {
                if (scopes == null) {
                    scopes = List.copyOf(makeScopes.get());
                }
                made = scopes;
            }
        }
        return made;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The portal's national list of provinces, ranked; empty where the data has none for the period. */
    public Optional<NationalRanking> national() {
        return national;
    }

    public Optional<UnitResult> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Map<String, UnitResult> byCode() {
        return java.util.Collections.unmodifiableMap(byCode);
    }

    public Optional<ScopeStats> scope(Scope scope) {
        return scopes().stream().filter(s -> s.scope().equals(scope)).findFirst();
    }

    public List<ScopeStats> scopes(Kind kind) {
        return scopes().stream().filter(s -> s.scope().kind() == kind).toList();
    }

    @Override
    public String toString() {
        return "PeriodResult[" + period + ", " + units.size() + " units]";
    }
}
