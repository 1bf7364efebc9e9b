package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;

/**
 * A province's own total against its row in the national list of the same period: they differ
 * when the two were fetched for different months or at different times. Pure.
 */
final class NationalCheck {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private NationalCheck() {
    }

    static List<Finding> of(List<Scorecard> cards, NationalList list) {
        List<Finding> out = new ArrayList<>();
        for (Scorecard card : cards) {
            if (card.unit().kind() != Kind.PROVINCE || card.total().isEmpty()) {
                continue;
            }
            Optional<NationalRow> row = list.row(card.unit().code());
            Optional<BigDecimal> listed = row.flatMap(NationalRow::total);
            if (listed.isPresent() && listed.get().subtract(card.total().get()).abs().compareTo(TOLERANCE) > 0) {
                out.add(new Finding(card.period(), card.unit().code(), Finding.Type.NATIONAL_MISMATCH, "tổng điểm của tỉnh"
                        + " là " + Findings.points(card.total().get()) + " nhưng danh sách toàn quốc ghi "
                        + Findings.points(listed.get()) + "; thứ hạng giữa các tỉnh theo danh sách toàn quốc.",
                        Optional.of(row.get().source())));
            }
        }
        return out;
    }
}
