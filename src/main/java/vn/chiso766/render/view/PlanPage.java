package vn.chiso766.render.view;

import java.util.List;

/**
 * A province's plan for a period: on each indicator where it loses points, the units that
 * account for most of what is missing, in counts; then the units whose total fell most.
 *
 * @param lead how the counts and shares are computed
 */
public record PlanPage(Frame frame, String province, String period, String lead, List<Indicator> indicators,
                       String fallsLead, List<Fallen> falls) {

    /**
     * One indicator.
     *
     * @param summary what the units need together, or that the figures are the province's own
     * @param note    where the province's own counts are not the sum of its units' (or "")
     * @param units   the leading units, then a line for the rest where any
     * @param without units losing points on it without counts, and why ("" where none)
     * @param lead    who acts on a province-wide indicator (responsibilities.csv): "Văn phòng UBND tỉnh chủ trì,
     *                Sở Tư pháp phối hợp"; "" for another indicator or where no one is named
     */
    public record Indicator(String anchor, String name, String code, String summary, String note, List<UnitLine> units,
                            String without, String lead) {
    }

    /**
     * A unit's part.
     *
     * @param unit       a link to its scorecard; for the rest, a text without a link
     * @param counts     its numerator/denominator ("76/95"), "" for the rest
     * @param percent    its share in whole percent ("12%")
     * @param cumulative the joint share of it and every unit above ("61%")
     */
    public record UnitLine(Link unit, String kind, String counts, String needed, String percent, String cumulative,
                           String lost) {
    }

    /** A unit whose total fell, with the items that fell most. */
    public record Fallen(Link unit, String kind, String total, String change, String items) {
    }
}
