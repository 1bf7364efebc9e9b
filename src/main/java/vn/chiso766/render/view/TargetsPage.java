package vn.chiso766.render.view;

import java.util.List;

/**
 * A period's targets: for each row of targets.csv that applies, how many units met it and who
 * missed it by how much; then the units that met every target.
 *
 * @param lead  how targets are applied and judged
 * @param rows  one per row of targets.csv applying to the period, in file order
 * @param metAll the units that met every target of theirs (none missed, at least one met)
 * @param data  the period's chi-tieu.csv and chi-tieu.json
 */
public record TargetsPage(Frame frame, String period, String lead, List<Row> rows, List<Link> metAll,
                          String metAllSummary, List<Link> data) {

    /**
     * A target and its units.
     *
     * @param scope  whom it is set for: "mọi đơn vị", "sở, ban, ngành", a unit's name
     * @param counts "12 đơn vị đạt, 3 chưa đạt, 1 chưa có số liệu"
     * @param missed the units that missed it, furthest first
     */
    public record Row(String anchor, String name, String code, String target, String scope, String source,
                      String counts, List<Missed> missed) {
    }

    /** A unit that missed a target: its figure and what it takes. */
    public record Missed(Link unit, String value, String action) {
    }
}
