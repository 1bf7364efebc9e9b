package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.render.Format;
import vn.chiso766.score.Standing;

/** Score values as the pages word them, in Vietnamese; "chưa có dữ liệu", never 0, for no data. */
final class Texts {
    static final String NONE = "—";

    private Texts() {
    }

    static String points(Optional<BigDecimal> value) {
        return value.map(Format::points).orElse(Format.NO_DATA);
    }

    /** A number for the table sorter: "65.54", or "" for no data. */
    static String sortKey(Optional<BigDecimal> value) {
        return value.map(v -> v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).orElse("");
    }

    static BandTag band(Optional<Band> band, Catalogue catalogue) {
        return band.map(b -> new BandTag(b.name(), catalogue.bands().indexOf(b))).orElse(new BandTag(Format.NO_DATA, -1));
    }

    static String rank(Optional<Integer> rank, int of) {
        return rank.map(r -> r + "/" + of).orElse(Format.NO_DATA);
    }

    static Change rankChange(Standing standing) {
        if (standing.deltaRank().isEmpty()) {
            return new Change(NONE, standing.previousRank().isEmpty() && standing.rank().isPresent()
                    ? "không có hạng kỳ trước" : "không so sánh được", "none");
        }
        return rankChange(standing.deltaRank().get());
    }

    /** A move of {@code delta} places, positive = up. */
    static Change rankChange(int delta) {
        if (delta > 0) {
            return new Change("▲ " + delta, "tăng " + delta + " bậc", "up");
        }
        if (delta < 0) {
            return new Change("▼ " + (-delta), "giảm " + (-delta) + " bậc", "down");
        }
        return new Change("=", "giữ nguyên hạng", "same");
    }

    static Change totalChange(Optional<BigDecimal> delta) {
        if (delta.isEmpty()) {
            return new Change(NONE, "không so sánh được", "none");
        }
        BigDecimal d = delta.get();
        String text = Format.signedPoints(d);
        String direction = d.signum() > 0 ? "up" : d.signum() < 0 ? "down" : "same";
        String words = d.signum() > 0 ? "tăng " + Format.points(d) + " điểm"
                : d.signum() < 0 ? "giảm " + Format.points(d.abs()) + " điểm" : "không đổi";
        return new Change(text, words, direction);
    }

    /** Band names from the highest, for legends. */
    static List<String> bandNames(Catalogue catalogue) {
        return catalogue.bands().stream().map(Band::name).toList();
    }

    static String percent(Optional<BigDecimal> share) {
        return share.map(Format::percent).orElse(Format.NO_DATA);
    }
}
