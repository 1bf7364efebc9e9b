package vn.chiso766.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Rows in the catalogue's order, each indicator from what it counts; CLGQ and TTTT rows after their counts. */
    private List<Row> generate(Period period) {
        long dossiers = dossiers(period);
        int petitions = rng.poisson(unit.petitions());
        Map<Measure, Double> rates = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            switch (m.base) {
                case PUBLISHED -> counts(m, publication.onTime(m), publication.published());
                case CERTIFICATIONS -> certifiedCopy(Math.round(dossiers * unit.certShare()));
                case PETITIONS -> petition(m, petitions);
                default -> rates.put(m, rated(m, denominator(m.base, dossiers)));
            }
            if (m == Measure.ON_TIME) {
                clgq();
            } else if (m == Measure.PAYMENT_INTEGRATED) {
                tttt(rates, denominator(Measure.Base.FEE_DOSSIERS, dossiers));
            }
        }
        return rows;
    }

    private long denominator(Measure.Base base, long dossiers) {
        return switch (base) {
            case SYNCABLE -> Math.round(dossiers * unit.syncable());
            case DOSSIERS -> dossiers;
            case FEE_DOSSIERS -> Math.round(dossiers * unit.feeShare());
            case PROCEDURES -> unit.procedures();
            case FEE_PROCEDURES -> unit.feeProcedures();
            default -> throw new IllegalArgumentException(base.name());
        };
    }

    /** The portal gives TTTT's points without a formula: near its rates, 0 without fee-bearing dossiers. */
    private void tttt(Map<Measure, Double> rates, long feeDossiers) {
        double mix = 0.6 * rates.get(Measure.PAYMENT_DOSSIER) + 0.2 * rates.get(Measure.PAYMENT_FORMALITY)
                + 0.2 * rates.get(Measure.PAYMENT_INTEGRATED);
        given(Measure.TTTT, feeDossiers == 0 ? 0 : 10 * clip(mix + rng.normal(0, 0.03)), dossierWeight());
    }

    /** The month's intake: seasonal (Tết in February, year-end rush), small offices by whole counts. */
    private long dossiers(Period period) {
        double season = switch (period.number()) {
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

    private void certifiedCopy(long requests) {
        Measure m = Measure.ELECTRONIC_CERTIFIED_COPY;
        switch (unit.certified()) {
            case COUNTS -> rated(m, requests);
            case SCORE_FROM_RATE -> given(m.name(), m.max * clip(m.expectedRate(level) + unit.bias(m)), 1);
            case SCORE_FULL -> given(m.name(), m.max, 1);
            case SCORE_NONE -> given(m.name(), 0, 1);
        }
    }

    /**
     * Most months bring no petition at all: 0/0, which the portal counts as full points. The two
     * tracked shares: about two thirds of petitions concern procedures, a few a civil servant.
     */
    private void petition(Measure m, int count) {
        double rate = m.max > 0 ? clip(m.expectedRate(level) + unit.bias(m))
                : m == Measure.PETITION_CLASSIFICATION_TTHC ? 0.65 : 0.15;
        counts(m, rng.binomial(count, rate), count);
    }

    private static double clip(double rate) {
        return Math.max(0, Math.min(1, rate));
    }
}
