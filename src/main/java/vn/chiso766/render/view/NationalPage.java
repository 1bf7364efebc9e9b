package vn.chiso766.render.view;

import java.util.List;

/**
 * The portal's national list of provinces for one period, ranked.
 *
 * @param ranked      "34 tỉnh, thành phố được xếp hạng"
 * @param provenance  where the figures came from; "" where the data does not say
 * @param previous    the month rank changes are measured against ("tháng 09/2026"); "" for none
 * @param hasPrevious true where there are rank changes to show
 */
public record NationalPage(Frame frame, String period, String ranked, String provenance, String previous,
                           boolean hasPrevious, List<RankingPage.GroupHead> groups, List<Row> rows, Link csv) {

    /**
     * A province's line.
     *
     * @param own true for the province this publication is about, highlighted
     */
    public record Row(RankingPage.Cell rank, String code, Link name, boolean own, List<RankingPage.Cell> groups,
                      RankingPage.Cell total, BandTag band, Change totalChange, String totalChangeKey,
                      Change rankChange, String rankChangeKey) {
    }
}
