package vn.chiso766.render.pdf;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Provenance;
import vn.chiso766.model.Unit;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.render.view.ScorecardPages;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scope;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/**
 * One province in one period: what its notice and briefing are made from.
 *
 * @param province its own result, empty where units.csv has no row for the province itself
 * @param tables   its ranking tables, one per kind of unit, in the order of {@link Kind}
 * @param members  every unit of the province except itself, in units.csv order
 * @param map      the site's map, whose scorecard pages the PDFs print
 */
public record ProvincePeriod(String code, String name, PeriodResult period, Optional<PeriodResult> previous,
                      Optional<UnitResult> province, List<ScopeStats> tables, List<UnitResult> members,
                      Catalogue catalogue, SiteMap map) {

    /** Every province of a period: one for provincial data, each of them in national data. */
    public static List<ProvincePeriod> of(Results results, PeriodResult period, SiteMap map) {
        List<String> codes = results.dataset().units().stream().map(Unit::provinceCode).distinct().toList();
        return codes.stream().map(code -> of(results, period, code, map)).toList();
    }

    private static ProvincePeriod of(Results results, PeriodResult period, String code, SiteMap map) {
        Optional<UnitResult> province = period.unit(code).filter(u -> u.unit().kind() == Kind.PROVINCE);
        String name = province.map(u -> u.unit().name()).orElse(code);
        List<ScopeStats> tables = period.scopes().stream()
                .filter(s -> !s.scope().national() && s.scope().province().equals(code)).toList();
        List<UnitResult> members = period.units().stream()
                .filter(u -> u.unit().kind() != Kind.PROVINCE && u.unit().provinceCode().equals(code)).toList();
        return new ProvincePeriod(code, name, period, results.previous(period.period()), province, tables, members,
                results.dataset().catalogue(), map);
    }

    /** Where the period's figures came from, where the data says. */
    Optional<Provenance> provenance() {
        return map.results().dataset().provenance(period.period());
    }

    /** A unit's scorecard as the site shows it in this period, without the days of its snapshots, which no PDF prints. */
    ScorecardPage page(UnitResult unit) {
        return ScorecardPages.printed(map, period, unit);
    }

    /** The provinces' own ranking table, present in national data only. */
    Optional<ScopeStats> nationalTable() {
        return period.scope(new Scope("", Kind.PROVINCE)).filter(s -> s.ranking().size() > 1);
    }

    /** The province first, then its units table by table in rank order. */
    List<UnitResult> inRankOrder() {
        return java.util.stream.Stream.concat(province.stream(), tables.stream().flatMap(t -> t.ranking().stream()))
                .toList();
    }
}
