package vn.chiso766.sample;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;

/**
 * One unit's rows for one month, shaped like the portal's: counts where the portal gives
 * counts, given scores for CLGQ and TTTT, ELECTRONIC_CERTIFIED_COPY often only as a score,
 * petitions mostly 0/0. Every row is also added to the province's tally.
 */
final class UnitMonth {
    private static final double NOISE = 0.025;

    private final Profile unit;
    private final int month;
    private final Publication publication;
    private final Tally tally;
    private final Rng rng;
    private final double level;
    private final List<Row> rows = new ArrayList<>();

    private UnitMonth(Profile unit, int month, Publication publication, Tally tally, long seed) {
        this.unit = unit;
        this.month = month;
        this.publication = publication;
        this.tally = tally;
        this.rng = Rng.of(seed, unit.key(), month);
        this.level = unit.level(month);
    }

    static List<Row> rows(Profile unit, int month, Period period, Publication publication, Tally tally, long seed) {
        return new UnitMonth(unit, month, publication, tally, seed).generate(period);
    }

    private List<Row> generate(Period period) {
        long dossiers = dossiers(period);
        long feeDossiers = Math.round(dossiers * unit.feeShare());
        for (Measure m : List.of(Measure.PUBLISH_ON_TIME, Measure.PUBLIC_UPDATE_ON_TIME, Measure.PUBLIC_CONTENT_FULL)) {
            counts(m, publication.onTime(m), publication.published());
        }
        rated(Measure.DOSSIER_SYNC, Math.round(dossiers * unit.syncable()));
        rated(Measure.ON_TIME, dossiers);
        clgq();
        double paid = rated(Measure.PAYMENT_DOSSIER, feeDossiers);
        double formality = rated(Measure.PAYMENT_FORMALITY, unit.feeProcedures());
        double integrated = rated(Measure.PAYMENT_INTEGRATED, unit.feeProcedures());
        given(Measure.TTTT, feeDossiers == 0 ? 0
                : 10 * clip(0.6 * paid + 0.2 * formality + 0.2 * integrated + rng.normal(0, 0.03)), dossierWeight());
        for (Measure m : List.of(Measure.ORIGINAL_RESULT_AVAILABLE, Measure.SO_HOA_GIAY_TO_GIAI_QUYET,
                Measure.REUSED_DIGITIZED_DATA, Measure.SYNCED_WITH_DVCQG_PERSONAL_STORAGE,
                Measure.CITIZEN_DATA_CONNECTED_DOSSIER)) {
            rated(m, dossiers);
        }
        rated(Measure.CITIZEN_DATA_CONNECTED_FORMALITY, unit.procedures());
        certifiedCopy(dossiers);
        petitions();
        rated(Measure.DOSSIER_RECEIVING_SATISFACTION, dossiers);
        return rows;
    }

    /** The month's intake: seasonal (Tết in February, year-end rush), small offices by whole counts. */
    private long dossiers(Period period) {
        double season = switch (period.monthValue()) {
            case 2 -> 0.75;
            case 1, 12 -> 1.12;
            default -> 1.0;
        };
        double mean = unit.dossiers() * season;
        return mean < 30 ? rng.poisson(mean) : Math.round(mean * Math.exp(rng.normal(0, 0.15)));
    }

    /** A count row at the unit's rate for this measure; returns the rate achieved (0 for 0/0). */
    private double rated(Measure measure, long denominator) {
        double rate = clip(measure.expectedRate(level) + unit.bias(measure) + rng.normal(0, NOISE));
        long numerator = Math.round(rate * denominator);
        counts(measure, numerator, denominator);
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private void counts(Measure measure, long numerator, long denominator) {
        rows.add(Row.counts(unit.unit().code(), measure.name(), numerator, denominator));
        tally.add(measure, numerator, denominator);
    }

    private void given(String group, double points, long weight) {
        rows.add(Row.score(unit.unit().code(), group, points));
        tally.addScore(group, points, weight);
    }

    /** The province's CLGQ and TTTT average the units' by their size. */
    private long dossierWeight() {
        return 1 + Math.round(unit.dossiers());
    }

    private void clgq() {
        double points = 12 * clip(level + unit.clgqBias() + rng.normal(0, 0.02));
        if (unit.missingGroup() != month) {
            given(Measure.CLGQ, points, dossierWeight());
        }
    }

    private void certifiedCopy(long dossiers) {
        Measure m = Measure.ELECTRONIC_CERTIFIED_COPY;
        switch (unit.certified()) {
            case COUNTS -> rated(m, Math.round(dossiers * unit.certShare()));
            case SCORE_FROM_RATE -> given(m.name(), m.max * clip(m.expectedRate(level) + unit.bias(m)), 1);
            case SCORE_FULL -> given(m.name(), m.max, 1);
            case SCORE_NONE -> given(m.name(), 0, 1);
        }
    }

    /** Most months bring no petition at all: 0/0, which the portal counts as full points. */
    private void petitions() {
        int count = rng.poisson(unit.petitions());
        for (Measure m : List.of(Measure.PETITION_PROCESSING_ON_TIME, Measure.PETITION_HANDLING_SATISFACTION)) {
            double rate = clip(m.expectedRate(level) + unit.bias(m));
            counts(m, rng.binomial(count, rate), count);
        }
        counts(Measure.PETITION_CLASSIFICATION_TTHC, rng.binomial(count, 0.65), count);
        counts(Measure.PETITION_CLASSIFICATION_STAFF, rng.binomial(count, 0.15), count);
    }

    private static double clip(double rate) {
        return Math.max(0, Math.min(1, rate));
    }
}
