package vn.chiso766.render.view;

import java.util.List;

/**
 * Who moved most in each ranking table since the period's previous snapshot (the overview's section).
 * Empty where the period has no earlier snapshot to compare with.
 *
 * @param lead names both days: "Số liệu ngày 08/10/2026 so với ngày 01/10/2026."
 */
public record MoversView(String lead, List<Table> tables) {
    public static final MoversView NONE = new MoversView("", List.of());

    /** One ranking table's units that rose and fell most. */
    public record Table(String kind, List<Mover> up, List<Mover> down) {
    }

    /**
     * A unit that moved.
     *
     * @param rank         its rank now ("3/14")
     * @param previousRank its rank at the previous snapshot ("5")
     */
    public record Mover(Link unit, String rank, String previousRank, Change rankChange, String total,
                        Change totalChange) {
    }
}
