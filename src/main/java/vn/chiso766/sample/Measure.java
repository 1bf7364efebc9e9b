package vn.chiso766.sample;

import java.util.List;

/**
 * The portal's indicators as the generator simulates them: what each one counts, how hard it
 * is (rate = level^difficulty: easy ones stay high even for weak units), and the points the
 * portal gives, used only to compute the province's own group scores from its counts.
 * The catalogue in data/catalogue stays the one source of scoring.
 */
enum Measure {
    PUBLISH_ON_TIME("CKMB", 6, 1, false, Base.PUBLISHED, 0),
    PUBLIC_UPDATE_ON_TIME("CKMB", 4, 1, false, Base.PUBLISHED, 0),
    PUBLIC_CONTENT_FULL("CKMB", 2, 1, false, Base.PUBLISHED, 0),
    DOSSIER_SYNC("CKMB", 6, 1, false, Base.SYNCABLE, 0.5),
    ON_TIME("TDGQ", 20, 1, false, Base.DOSSIERS, 0.7),
    PAYMENT_DOSSIER("TTTT", 0, 1, false, Base.FEE_DOSSIERS, 1.0),
    PAYMENT_FORMALITY("TTTT", 0, 1, false, Base.FEE_PROCEDURES, 1.2),
    PAYMENT_INTEGRATED("TTTT", 0, 1, false, Base.FEE_PROCEDURES, 0.6),
    ORIGINAL_RESULT_AVAILABLE("MDSH", 6, 1, false, Base.DOSSIERS, 1.0),
    SO_HOA_GIAY_TO_GIAI_QUYET("MDSH", 4, 1, false, Base.DOSSIERS, 1.3),
    REUSED_DIGITIZED_DATA("MDSH", 2, 0.8, false, Base.DOSSIERS, 2.0),
    SYNCED_WITH_DVCQG_PERSONAL_STORAGE("MDSH", 4, 1, false, Base.DOSSIERS, 2.0),
    CITIZEN_DATA_CONNECTED_DOSSIER("MDSH", 2, 1, false, Base.DOSSIERS, 0.8),
    CITIZEN_DATA_CONNECTED_FORMALITY("MDSH", 2, 1, false, Base.PROCEDURES, 1.5),
    ELECTRONIC_CERTIFIED_COPY("MDSH", 2, 1, false, Base.CERTIFICATIONS, 0.8),
    PETITION_PROCESSING_ON_TIME("MDHL", 6, 1, true, Base.PETITIONS, 0.8),
    PETITION_HANDLING_SATISFACTION("MDHL", 6, 1, true, Base.PETITIONS, 1.0),
    DOSSIER_RECEIVING_SATISFACTION("MDHL", 6, 0.9, false, Base.DOSSIERS, 1.0),
    PETITION_CLASSIFICATION_TTHC("MDHL", 0, 1, false, Base.PETITIONS, 0),
    PETITION_CLASSIFICATION_STAFF("MDHL", 0, 1, false, Base.PETITIONS, 0);

    /** What a measure's denominator counts. */
    enum Base {
        /** Procedures the province published in the month: the same for all its units. */
        PUBLISHED,
        /** Dossiers that must be synchronised to the national portal. */
        SYNCABLE,
        /** Dossiers received in the month, pending ones included. */
        DOSSIERS,
        /** Dossiers with a fee or charge. */
        FEE_DOSSIERS,
        /** Procedures of the unit. */
        PROCEDURES,
        /** Procedures of the unit with a fee. */
        FEE_PROCEDURES,
        /** Requests for certified copies. */
        CERTIFICATIONS,
        /** Petitions (phản ánh, kiến nghị). */
        PETITIONS
    }

    /** The groups whose points the portal gives without a formula. */
    static final String CLGQ = "CLGQ";
    static final String TTTT = "TTTT";
    /** The six groups in the portal's order. */
    static final List<String> GROUPS = List.of("CKMB", "TDGQ", CLGQ, TTTT, "MDSH", "MDHL");

    final String group;
    final double max;
    /** The rate at which the points are full: 1 for linear, 0.8 for "full at 80%". */
    final double fullAt;
    /** A denominator of 0 gives full points (no petitions at all). */
    final boolean fullWhenEmpty;
    final Base base;
    final double difficulty;

    Measure(String group, double max, double fullAt, boolean fullWhenEmpty, Base base, double difficulty) {
        this.group = group;
        this.max = max;
        this.fullAt = fullAt;
        this.fullWhenEmpty = fullWhenEmpty;
        this.base = base;
        this.difficulty = difficulty;
    }

    /** The points of a count, unrounded; 0 for measures worth no points of their own. */
    double points(long numerator, long denominator) {
        if (denominator == 0) {
            return fullWhenEmpty ? max : 0;
        }
        return Math.min(max, max * numerator / (denominator * fullAt));
    }

    /** The share of the basis a unit of this level achieves, before its own bias and noise. */
    double expectedRate(double level) {
        return Math.pow(level, difficulty);
    }
}
