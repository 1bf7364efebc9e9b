package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;
import vn.chiso766.score.PeriodResult;

/** Builds the page ranking the provinces of a period's national list. */
public final class NationalPages {
    private NationalPages() {
    }

    public static NationalPage of(SiteMap map, PeriodResult period, NationalRanking ranking) {
        Catalogue catalogue = map.results().dataset().catalogue();
        Period p = period.period();
        String path = map.nationalRanking(p);
        Frame frame = Frames.of(map, path, "Xếp hạng các tỉnh, thành phố · " + PeriodNames.title(p), p,
                List.of(Frames.home(), Frames.period(map, p)));
        List<NationalPage.Row> rows = ranking.places().stream().map(place -> row(map, p, catalogue, place)).toList();
        return new NationalPage(frame, PeriodNames.title(p), Format.count(ranking.ranked()),
                PortalTexts.provenance(map.results().dataset().provenance(p)),
                ranking.previous().map(PeriodNames::month).orElse(""), ranking.previous().isPresent(),
                RankingPages.heads(catalogue), rows, new Link(map.openData(p, OpenData.NATIONAL_CSV), OpenData.NATIONAL_CSV));
    }

    private static NationalPage.Row row(SiteMap map, Period p, Catalogue catalogue, NationalPlace place) {
        String code = place.row().provinceCode();
        boolean own = map.provinces().containsKey(code);
        Link name = new Link(own ? map.scorecard(p, code) : "", place.row().provinceName());
        if (own && map.results().dataset().unit(code).isEmpty()) {
            name = new Link("", place.row().provinceName());
        }
        List<RankingPage.Cell> groups = catalogue.groups().stream().map(g -> cell(place.row().group(g.code()))).toList();
        Optional<Integer> rank = place.rank();
        return new NationalPage.Row(new RankingPage.Cell(rank.map(String::valueOf).orElse(Format.NO_DATA),
                rank.map(String::valueOf).orElse("")), code, name, own, groups, cell(place.row().total()),
                Texts.band(place.band(), catalogue), Texts.totalChange(place.row().deltaTotal()),
                Texts.sortKey(place.row().deltaTotal()), rankChange(place), place.deltaRank().map(String::valueOf).orElse(""));
    }

    private static RankingPage.Cell cell(Optional<BigDecimal> value) {
        return new RankingPage.Cell(Texts.points(value), Texts.sortKey(value));
    }

    private static Change rankChange(NationalPlace place) {
        if (place.deltaRank().isEmpty()) {
            return new Change(Texts.NONE, place.rank().isPresent() && place.previousRank().isEmpty()
                    ? "không có hạng kỳ trước" : "không so sánh được", "none");
        }
        return Texts.rankChange(place.deltaRank().get());
    }
}
