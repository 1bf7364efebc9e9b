package vn.chiso766.render.view;

import java.util.List;

/**
 * A unit's targets on its scorecard: this period's, then how it fared in each period up to this one.
 *
 * @param lines   this period's targets; empty where none applies
 * @param history the periods up to this one where a target applied, oldest first
 */
public record TargetSection(List<TargetLine> lines, List<Past> history) {
    public TargetSection {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /**
     * One period of the unit's targets.
     *
     * @param summary "Đạt 3/4 chỉ tiêu"
     * @param missed  the names of those missed ("" where none)
     */
    public record Past(Link period, String summary, String missed) {
    }
}
