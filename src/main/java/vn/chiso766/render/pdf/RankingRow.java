package vn.chiso766.render.pdf;

import java.util.List;
import vn.chiso766.model.Band;
import vn.chiso766.model.Group;
import vn.chiso766.render.Format;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.UnitResult;

/**
 * One line of a printed ranking table.
 *
 * @param rank   "3", or "—" for a unit without complete data
 * @param total  "67,29", or "—" without complete data (then the band column says "chưa có dữ liệu", and may
 *               wrap: a narrow total column cannot hold it)
 * @param change the total's change since the previous period ("+1,26"), empty without one
 */
public record RankingRow(String rank, String name, List<String> groups, String total, String band, String change,
                         String rankChange, boolean complete) {

    static RankingRow of(UnitResult unit, List<Group> groups) {
        return new RankingRow(unit.standing().rank().map(String::valueOf).orElse("—"), unit.unit().name(),
                groups.stream().map(g -> Format.points(unit.card().group(g.code()).flatMap(GroupScore::points))).toList(),
                unit.card().total().map(Format::points).orElse("—"),
                unit.card().band().map(Band::name).orElse(Format.NO_DATA),
                unit.standing().deltaTotal().map(Format::signedPoints).orElse(""),
                unit.standing().deltaRank().map(Format::signed).orElse(""), unit.card().total().isPresent());
    }

    static List<RankingRow> of(List<UnitResult> units, List<Group> groups) {
        return units.stream().map(u -> of(u, groups)).toList();
    }
}
