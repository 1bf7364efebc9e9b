package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.BandCounts;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;

/**
 * The overview of a period (also the home page, for the latest period): each province's
 * standing and, for each of its tables, the band counts, the best and the weakest units.
 *
 * @param home            true for the site's home page, which always shows the latest period
 * @param provinceRanking the ranking of provinces in national data; null otherwise
 * @param provenance      where the period's figures came from; "" where the data does not say
 * @param nationalList    the page of the portal's national list of provinces; null where the period has none
 * @param pictures        the province's charts where the data has one province (national data has a
 *                        table of provinces instead); null otherwise
 * @param movers          who moved most since the previous snapshot (empty without one)
 * @param targets         the period's page of targets; null where no target applies to the period
 */
public record OverviewPage(Frame frame, String period, boolean home, List<Province> provinces,
                           Link provinceRanking, Link quality, String findings, Link csv, Link json, Link workbook,
                           Link archive, List<Link> otherPeriods, String provenance, Link nationalList,
                           Pictures pictures, MoversView movers, Link targets) {

    /**
     * A province's charts and the tables they summarise.
     *
     * @param groupBars   its six groups against their maximum
     * @param trendPoints its total and place among the provinces (where a national list has it) over the periods
     * @param groupsCaption what the groups' chart shows, in words
     * @param trendCaption  what the periods' chart shows, in words
     * @param placed        true where a period shown has the province's place in a national list
     * @param bands         the catalogue's bands from the highest, for the units' chart
     * @param kinds         the province's units per band, per kind (the tables of each kind below give them too)
     */
    public record Pictures(String province, List<GroupBar> groupBars, List<GroupRow> groups, String groupsCaption,
                           List<TrendPoint> trendPoints, List<TrendRow> trend, String trendCaption, boolean placed,
                           double maxTotal, List<String> bands, List<BandCounts> kinds) {
    }

    public record GroupRow(String name, String points, String max, String percent) {
    }

    /** @param place "4/34" among the provinces; "" where the period has no national list naming the province */
    public record TrendRow(Link period, String total, BandTag band, String place) {
    }

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
