package vn.chiso766.render.view;

import java.util.List;

/**
 * The overview of a period (also the home page, for the latest period): each province's
 * standing and, for each of its tables, the band counts, the best and the weakest units.
 *
 * @param home            true for the site's home page, which always shows the latest period
 * @param provinceRanking the ranking of provinces in national data; null otherwise
 */
public record OverviewPage(Frame frame, String period, boolean home, List<Province> provinces,
                           Link provinceRanking, Link quality, String findings, Link csv, Link json,
                           Link archive, List<Link> otherPeriods) {

    /** A province's own result and its tables. */
    public record Province(Link unit, String total, BandTag band, String rank, Change totalChange,
                           Change rankChange, List<Table> tables) {
    }

    /** One ranking table in brief. */
    public record Table(String kind, Link ranking, String ranked, String units, String median,
                        List<BandCount> bands, List<Standout> best, List<Standout> weakest) {
    }

    /** A unit singled out, with its rank and total. */
    public record Standout(String rank, Link unit, String total, BandTag band) {
    }
}
