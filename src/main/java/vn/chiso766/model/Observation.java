package vn.chiso766.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of a period file: a unit's figures for an indicator or a group.
 * Empty values are "no data", never zero.
 *
 * @param code    an indicator code or a group code
 * @param score   the official points where given; used as they are
 * @param source  where the row stands, for findings a user can trace
 * @param quality the portal's own note on the row (quality_status, quality_message), where given
 */
public record Observation(String unitCode, String code, Optional<BigDecimal> numerator,
                          Optional<BigDecimal> denominator, Optional<BigDecimal> score, Source source,
                          Optional<QualityNote> quality) {

    /** A row without a portal note. */
    public Observation(String unitCode, String code, Optional<BigDecimal> numerator,
                       Optional<BigDecimal> denominator, Optional<BigDecimal> score, Source source) {
        this(unitCode, code, numerator, denominator, score, source, Optional.empty());
    }

    /** A place in an input file. */
    public record Source(String file, long line) {
    }
}
