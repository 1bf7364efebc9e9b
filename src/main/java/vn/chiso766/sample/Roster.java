package vn.chiso766.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Unit;

/** Plans the provinces and units of a sample: names, codes and each unit's traits. Pure. */
final class Roster {
    /** Unit codes: M01 for a province, M01.07 for a department, M01.107 for a commune. */
    private static final int FIRST_COMMUNE = 101;

    private Roster() {
    }

    static List<ProvincePlan> plan(SampleOptions options) {
        List<ProvincePlan> plans = new ArrayList<>();
        for (int p = 0; p < options.provinces(); p++) {
            plans.add(province(options, p));
        }
        return plans;
    }

    static List<Unit> units(List<ProvincePlan> plans) {
        List<Unit> units = new ArrayList<>();
        for (ProvincePlan plan : plans) {
            units.add(plan.unit());
            plan.members().forEach(m -> units.add(m.unit()));
        }
        return units;
    }

    private static ProvincePlan province(SampleOptions options, int index) {
        String code = String.format("M%02d", index + 1);
        long key = (index + 1L) << 20;
        Rng rng = Rng.of(options.seed(), key);
        // Provinces differ less than their units do (the national average sits near 57 points).
        double level = clamp(rng.normal(0.53, 0.045), 0.4, 0.7);
        double slope = rng.normal(0.006, 0.004);
        double[] levels = trend(level, slope, options.months(), rng, 0.01);
        double publishBias = rng.normal(0, 0.15);
        boolean island = index == 0 || rng.chance(0.4);
        Unit unit = new Unit(code, Names.province(index, options.provinces()), Kind.PROVINCE, Optional.empty(), Map.of());
        List<Profile> members = new ArrayList<>();
        for (int a = 0; a < options.agencies(); a++) {
            Names.Agency agency = Names.AGENCIES.get(a);
            Unit u = member(String.format("%s.%02d", code, a + 1), agency.name(), Kind.AGENCY, code);
            members.add(agency(u, agency.dossiers(), key + 1 + a, options, level, slope));
        }
        List<String> names = Names.communes(options.communes(), island, rng);
        for (int c = 0; c < names.size(); c++) {
            Unit u = member(String.format("%s.%03d", code, FIRST_COMMUNE + c), names.get(c), Kind.COMMUNE, code);
            members.add(commune(u, key + 1000 + c, options, level, slope));
        }
        // One unit lacks its CLGQ group in the latest month, as when the portal lags: the current
        // ranking then shows a "chưa có dữ liệu" too, not only the history.
        int who = rng.below(members.size());
        members.set(who, members.get(who).withMissingGroup(options.months() - 1));
        return new ProvincePlan(unit, key, levels, publishBias, members);
    }

    private static Unit member(String code, String name, Kind kind, String parent) {
        return new Unit(code, name, kind, Optional.of(parent), Map.of());
    }

    private static Profile agency(Unit unit, int dossiers, long key, SampleOptions o, double level, double slope) {
        Rng rng = Rng.of(o.seed(), key);
        Traits t = traits(rng, o, level, slope);
        int procedures = (int) Math.max(2, Math.round(Math.exp(rng.normal(Math.log(45), 0.6))));
        double feeShare = rng.chance(0.2) ? 0 : rng.uniform(0.05, 0.6);
        Profile.Certified certified = rng.chance(0.9) ? Profile.Certified.SCORE_FULL : Profile.Certified.SCORE_NONE;
        double petitions = Math.min(3, 0.15 + dossiers / 1500.0) * (1.6 - t.levels[o.months() - 1]);
        return new Profile(unit, key, t.levels, t.bias, rng.normal(0, 0.08), dossiers * Math.exp(rng.normal(0, 0.35)),
                procedures, feeProcedures(procedures, rng), rng.uniform(0.8, 1), feeShare, 0,
                petitions, certified, t.missingMonth, -1);
    }

    private static Profile commune(Unit unit, long key, SampleOptions o, double level, double slope) {
        Rng rng = Rng.of(o.seed(), key);
        Traits t = traits(rng, o, level, slope);
        double size = unit.name().startsWith("Phường") ? 2 : unit.name().startsWith("Đặc khu") ? 1.4 : 1;
        int procedures = 60 + rng.below(50);
        Profile.Certified certified = rng.chance(0.25) ? Profile.Certified.SCORE_FROM_RATE : Profile.Certified.COUNTS;
        double petitions = rng.uniform(0.1, 0.6) * (1.6 - t.levels[o.months() - 1]);
        return new Profile(unit, key, t.levels, t.bias, rng.normal(0, 0.08), size * Math.exp(rng.normal(Math.log(110), 0.55)),
                procedures, feeProcedures(procedures, rng), rng.uniform(0.85, 1), rng.uniform(0.05, 0.35),
                rng.uniform(0.2, 0.8), petitions, certified, t.missingMonth, -1);
    }

    private record Traits(double[] levels, double[] bias, int missingMonth) {
    }

    /** A unit's own level around its province's, its trend and leanings, and maybe a month without data. */
    private static Traits traits(Rng rng, SampleOptions o, double provinceLevel, double provinceSlope) {
        double spread = rng.chance(0.15) ? 0.27 : 0.17;
        double level = clamp(provinceLevel + rng.normal(0, spread), 0.08, 0.99);
        double slope = provinceSlope + rng.normal(0, 0.01);
        double[] bias = new double[Measure.values().length];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = rng.normal(0, 0.07);
        }
        int missing = rng.chance(0.05) ? rng.below(o.months()) : -1;
        return new Traits(trend(level, slope, o.months(), rng, 0.015), bias, missing);
    }

    /** Levels month by month ending near {@code last}: a straight trend plus a slow AR(1) wobble. */
    private static double[] trend(double last, double slope, int months, Rng rng, double wobble) {
        double[] levels = new double[months];
        double w = rng.normal(0, wobble);
        for (int m = 0; m < months; m++) {
            w = 0.6 * w + rng.normal(0, wobble);
            levels[m] = clamp(last - slope * (months - 1 - m) + w, 0.05, 0.995);
        }
        return levels;
    }

    private static int feeProcedures(int procedures, Rng rng) {
        return (int) Math.max(1, Math.round(procedures * rng.uniform(0.05, 0.35)));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
