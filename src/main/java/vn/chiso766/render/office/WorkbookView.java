package vn.chiso766.render.office;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a period's workbook shows: a ranking sheet per kind of unit, a sheet per group with its
 * indicators, and the data-quality notes. Unlike the site's views it keeps numbers as numbers
 * (a spreadsheet formats them); a null number is "no data", an empty cell.
 *
 * @param date   the date the file is dated (core properties, zip entries): the period's notice date;
 *               fingerprinted as text beside the view
 * @param source where the figures come from, for the document properties
 * @param targets the units' targets (targets.csv); null where none applies to the period
 */
public record WorkbookView(String title, String period, String source, @JsonIgnore LocalDate date,
                           List<RankingTable> rankings, List<GroupTable> groups, NotesTable notes,
                           TargetsTable targets) {

    /**
     * The ranking of one kind of unit.
     *
     * @param provinces true where the units come from several provinces (a province column)
     */
    public record RankingTable(String sheet, String title, boolean provinces, List<String> groups,
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
