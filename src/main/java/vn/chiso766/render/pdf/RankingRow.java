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
 * @param change the total's change since the previous period ("+1,26"), empty without one
 */
public record RankingRow(String rank, String name, List<String> groups, String total, String band, String change,
                         String rankChange) {

    static RankingRow of(UnitResult unit, List<Group> groups) {
        return new RankingRow(unit.standing().rank().map(String::valueOf).orElse("—"), unit.unit().name(),
                groups.stream().map(g -> Format.points(unit.card().group(g.code()).flatMap(GroupScore::points))).toList(),
                unit.card().total().map(Format::points).orElse(Format.NO_DATA),
                unit.card().band().map(Band::name).orElse(""),
                unit.standing().deltaTotal().map(Format::signedPoints).orElse(""),
                unit.standing().deltaRank().map(Format::signed).orElse(""));
    }

    static List<RankingRow> of(List<UnitResult> units, List<Group> groups) {
        return units.stream().map(u -> of(u, groups)).toList();
    }
}
