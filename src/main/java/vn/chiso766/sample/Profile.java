package vn.chiso766.sample;

import vn.chiso766.model.Unit;

/**
 * The stable traits of one sample unit, drawn once from its own seeded stream: its level of
 * service month by month (0–1, a trend with a slow wobble, not noise), its leanings per
 * indicator, its size and its gaps. Arrays are owned here and never changed after planning.
 *
 * @param key           the unit's stream key: months derive their own streams from it
 * @param levels        level per generated month, oldest first
 * @param bias          per {@link Measure} ordinal, added to the expected rate
 * @param dossiers      usual monthly intake of dossiers
 * @param syncable      share of dossiers that must be synchronised to the national portal
 * @param feeShare      share of dossiers with a fee; 0 for a unit without fee-bearing procedures
 * @param petitions     mean petitions a month
 * @param certified     how the portal reports its electronic certified copies
 * @param missingMonth  a month without any row (-1: none)
 * @param missingGroup  a month without the CLGQ group row (-1: none)
 */
record Profile(Unit unit, long key, double[] levels, double[] bias, double clgqBias, double dossiers,
               int procedures, int feeProcedures, double syncable, double feeShare, double certShare,
               double petitions, Certified certified, int missingMonth, int missingGroup) {

    /** How ELECTRONIC_CERTIFIED_COPY appears: counts, or only the points as the portal often gives. */
    enum Certified {
        COUNTS,
        SCORE_FROM_RATE,
        SCORE_FULL,
        SCORE_NONE
    }

    double level(int month) {
        return levels[month];
    }

    double bias(Measure measure) {
        return bias[measure.ordinal()];
    }

    Profile withMissingGroup(int month) {
        return new Profile(unit, key, levels, bias, clgqBias, dossiers, procedures, feeProcedures, syncable,
                feeShare, certShare, petitions, certified, missingMonth, month);
    }
}
