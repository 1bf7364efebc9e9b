package vn.chiso766.render.view;

import java.util.List;

/**
 * The overview of a period (also the home page, for the latest period): each province's
 * standing and, for each of its tables, the band counts, the best and the weakest units.
 *
 * @param home            true for the site's home page, which always shows the latest period
 * @param provinceRanking the ranking of provinces in national data; null otherwise
 * @param provenance      where the period's figures came from; "" where the data does not say
 * @param nationalList    the page of the portal's national list of provinces; null where the period has none
 * @param targets         the period's page of targets; null where no target applies to the period
 */
public record OverviewPage(Frame frame, String period, boolean home, List<Province> provinces,
                           Link provinceRanking, Link quality, String findings, Link csv, Link json, Link workbook,
                           Link archive, List<Link> otherPeriods, String provenance, Link nationalList,
                           Link targets) {

    /**
     * A province's own result and its tables.
     *
     * @param national its place in the portal's national list ("Tỉnh đứng thứ 4/34 …"); "" where unknown
     */
    public record Province(Link unit, String total, BandTag band, String rank, Change totalChange,
                           Change rankChange, List<Table> tables, List<Link> documents, String national) {
    }

    /** One ranking table in brief. */
    public record Table(String kind, Link ranking, String ranked, String units, String median,
                        List<BandCount> bands, List<Standout> best, List<Standout> weakest) {
    }

    /** A unit singled out, with its rank and total. */
    public record Standout(String rank, Link unit, String total, BandTag band) {
    }
}
