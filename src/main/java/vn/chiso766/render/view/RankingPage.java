package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.render.chart.HeatRow;
import vn.chiso766.render.chart.RankingBar;

/**
 * A ranking table of one kind (in one province) for one period, with its charts' figures.
 *
 * @param scopeLabel "Sở, ban, ngành" or "Xã, phường, đặc khu · UBND tỉnh Gia Lai"
 * @param median     the table's median row: groups then total
 */
public record RankingPage(Frame frame, String period, String scopeLabel, List<GroupHead> groups,
                          List<Row> rows, List<String> median, String medianTotal, List<BandCount> bands,
                          String rankedCount, List<RankingBar> bars, List<String> heatColumns,
                          List<HeatRow> heat, double maxTotal, Link csv, Link json, Link workbook, boolean hasPrevious) {

    /** A column of the six groups: code, full name, maximum. */
    public record GroupHead(String code, String name, String max) {
    }

    /** A value and its key for the sorter ("65.54", "" for no data). */
    public record Cell(String text, String key) {
    }

    /** One unit's line; the change keys sort risen most first descending, "" when not comparable. */
    public record Row(String stt, Link unit, List<Cell> groups, Cell total, BandTag band, Cell rank,
                      Change rankChange, String rankChangeKey, Change totalChange, String totalChangeKey) {
    }
}
