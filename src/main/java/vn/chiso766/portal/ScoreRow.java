package vn.chiso766.portal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of scores/{period}.csv (long form) as the portal gives it: counts and its own points, with
 * the portal's data-quality status and message. Empty is "no data", never zero.
 */
record ScoreRow(String unit, String code, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
                Optional<BigDecimal> score, String qualityStatus, String qualityMessage) {

    static ScoreRow group(String unit, String code, Optional<BigDecimal> score) {
        return new ScoreRow(unit, code, Optional.empty(), Optional.empty(), score, "", "");
    }

    boolean empty() {
        return numerator.isEmpty() && denominator.isEmpty() && score.isEmpty() && qualityStatus.isEmpty()
                && qualityMessage.isEmpty();
    }
}
