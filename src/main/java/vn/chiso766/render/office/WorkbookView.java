package vn.chiso766.render.office;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a period's workbook shows: a summary of each province's own result, the national list of
 * provinces where the data has one, a ranking sheet per kind of unit, a sheet per group with its
 * indicators, and the data-quality notes. Unlike the site's views it keeps numbers as numbers
 * (a spreadsheet formats them); a null number is "no data", an empty cell.
 *
 * @param date   the date the file is dated (core properties, zip entries): the period's notice date;
 *               fingerprinted as text beside the view
 * @param source where the figures come from, for the document properties
 * @param targets the units' targets (targets.csv); null where none applies to the period
 */
public record WorkbookView(String title, String period, String source, @JsonIgnore LocalDate date,
                           Summary summary, RankingTable nationalList, List<RankingTable> rankings, List<GroupTable> groups, NotesTable notes,
                           TargetsTable targets) {

    /**
     * The first sheet: each province's own result, one in a province's data (read down the sheet),
     * every province in national data (a row each).
     *
     * @param bands      the catalogue's bands, highest first: the columns of the units' counts
     * @param kinds      the kinds of unit counted, in order
     * @param since      what a change is measured against: "so với tháng trước"
     * @param provenance where the figures come from
     */
    public record Summary(String sheet, String title, List<String> bands, List<String> kinds, String since,
                          String provenance, List<ProvinceSummary> provinces) {
    }

    /**
     * A province's own result.
     *
     * @param place   its place among the provinces (the national list's, else the data's ranking of
     *                provinces); null where neither is there
     * @param placeOf how many provinces are ranked
     * @param kinds   its units per band, one entry per kind of {@link Summary#kinds()}
     */
    public record ProvinceSummary(String code, String name, List<GroupFigure> groups, GroupFigure total,
                                  String band, int bandLevel, BigDecimal deltaTotal, Integer place, Integer placeOf,
                                  Integer deltaPlace, List<KindBands> kinds) {
    }

    /** @param share points over the maximum, a fraction */
    public record GroupFigure(String name, BigDecimal points, BigDecimal max, BigDecimal share) {
    }

    /** @param counts units per band, in the catalogue's order; unbanded: units without a total */
    public record KindBands(String kind, List<Integer> counts, int unbanded, int units) {
    }

    /**
     * A ranking table: of one kind of unit, or the national list of provinces.
     *
     * @param provinces true where the units come from several provinces (a province column)
     * @param heads     the headings of the code and name columns
     */
    public record RankingTable(String sheet, String title, boolean provinces, List<String> heads, List<String> groups,
                               List<RankingLine> lines) {
    }

    /** @param bandLevel 0 for the highest band, -1 without a band */
    public record RankingLine(Integer rank, String code, String name, String province, List<BigDecimal> groups,
                              BigDecimal total, String band, int bandLevel, BigDecimal deltaTotal,
                              Integer deltaRank) {
    }

    /** One group: its indicators' figures for every unit, then the group's points. */
    public record GroupTable(String sheet, String title, boolean provinces, List<IndicatorHead> indicators,
                             BigDecimal max, List<GroupLine> lines) {
    }

    public record IndicatorHead(String name, BigDecimal max) {
    }

    public record GroupLine(String code, String name, String province, String kind, List<Figures> indicators,
                            BigDecimal points) {
    }

    /** An indicator's counts, rate (a fraction) and points, each null where there is none. */
    public record Figures(BigDecimal numerator, BigDecimal denominator, BigDecimal rate, BigDecimal points) {
    }

    public record NotesTable(String sheet, String title, List<NoteLine> lines) {
    }

    public record NoteLine(String code, String name, String type, String message) {
    }
}
