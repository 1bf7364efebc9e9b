package vn.chiso766.render.pdf;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.render.Format;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.Loss;
import vn.chiso766.score.Standing;
import vn.chiso766.score.UnitResult;

/**
 * What a unit's printed scorecard shows, every figure already written the Vietnamese way.
 *
 * @param anchor    a safe id for links and bookmarks inside a document
 * @param rank      "3/14" within the unit's kind, empty when not ranked
 * @param movement  how the total and rank moved since the previous period, empty without one
 */
public record ScorecardView(String anchor, String name, String kind, String period, String total, String band,
                            String rank, String rankAll, String movement, List<GroupRow> groups,
                            List<LossRow> losses) {
    /** How many "điểm nghẽn" a scorecard lists. */
    static final int LOSSES = 5;

    public record GroupRow(String code, String name, String points, String max, String share,
                           List<IndicatorRow> indicators) {
    }

    /** @param counts "41/42" where the data gives numerator and denominator */
    public record IndicatorRow(String name, String counts, String rate, String points, String max) {
    }

    public record LossRow(String name, String group, String points, String max, String lost, String ifFull) {
    }

    static ScorecardView of(UnitResult unit, String anchor) {
        Standing standing = unit.standing();
        return new ScorecardView(anchor, unit.unit().name(), unit.unit().kind().label(),
                Format.month(unit.card().period()),
                unit.card().total().map(Format::points).orElse(Format.NO_DATA),
                unit.card().band().map(Band::name).orElse(""),
                standing.rank().map(r -> r + "/" + standing.rankOf()).orElse(""),
                standing.rankAll().map(r -> r + "/" + standing.rankAllOf()).orElse(""),
                movement(standing),
                unit.card().groups().stream().map(ScorecardView::group).toList(),
                unit.losses().stream().limit(LOSSES).map(ScorecardView::loss).toList());
    }

    /** "+1,26 điểm; tăng 2 bậc" — empty without a previous period. */
    static String movement(Standing standing) {
        Optional<String> points = standing.deltaTotal().map(d -> Format.signedPoints(d) + " điểm");
        Optional<String> rank = standing.deltaRank().map(ScorecardView::rankMove);
        return String.join("; ", points.stream().toList()) + rank.map(r -> "; " + r).orElse("");
    }

    static String rankMove(int delta) {
        return delta > 0 ? "tăng " + delta + " bậc" : delta < 0 ? "giảm " + (-delta) + " bậc" : "giữ nguyên thứ hạng";
    }

    private static GroupRow group(GroupScore group) {
        return new GroupRow(group.group().code(), group.group().name(), Format.points(group.points()),
                Format.points(group.group().max()), group.share().map(Format::percent).orElse("—"),
                group.indicators().stream().filter(IndicatorScore::hasData).map(ScorecardView::indicator).toList());
    }

    private static IndicatorRow indicator(IndicatorScore score) {
        String counts = score.numerator().flatMap(n -> score.denominator().map(d -> Format.count(n) + "/" + Format.count(d)))
                .orElse("");
        boolean scored = score.indicator().max().signum() > 0;
        return new IndicatorRow(score.indicator().name(), counts, score.rate().map(Format::percent).orElse("—"),
                score.points().map(Format::points).orElse("—"), scored ? Format.points(score.indicator().max()) : "—");
    }

    private static LossRow loss(Loss loss) {
        String ifFull = loss.totalIfFull().map(t -> Format.points(t) + loss.bandIfFull().map(b -> " (" + b.name() + ")")
                .orElse("")).orElse("");
        return new LossRow(loss.name(), loss.group(), Format.points(loss.points()), Format.points(loss.max()),
                Format.points(loss.lost()), ifFull);
    }
}
