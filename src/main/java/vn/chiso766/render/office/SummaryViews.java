package vn.chiso766.render.office;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.Kind;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Points;
import vn.chiso766.score.Scope;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.Standing;
import vn.chiso766.score.UnitResult;

/** The workbook's first sheets: each province's own result, and the national list of provinces. */
final class SummaryViews {
    static final String SUMMARY = "Tổng hợp";
    static final String PROVINCES = "Các tỉnh";

    private SummaryViews() {
    }

    static WorkbookView.Summary summary(SiteMap map, PeriodResult period, String where, String source) {
        Catalogue catalogue = map.results().dataset().catalogue();
        List<Kind> kinds = List.of(Kind.values()).stream().filter(k -> k != Kind.PROVINCE)
                .filter(k -> !period.scopes(k).isEmpty()).toList();
        List<WorkbookView.ProvinceSummary> provinces = map.provinces().entrySet().stream()
                .map(p -> province(map, period, catalogue, kinds, p.getKey(), p.getValue())).toList();
        return new WorkbookView.Summary(SUMMARY, "Tổng hợp kết quả — " + where + " — " + PeriodNames.month(period.period()),
                catalogue.bands().stream().map(Band::name).toList(), kinds.stream().map(Kind::label).toList(),
                "so với " + PeriodNames.previousWord(period.period()), source, provinces);
    }

    private static WorkbookView.ProvinceSummary province(SiteMap map, PeriodResult period, Catalogue catalogue,
                                                         List<Kind> kinds, String code, String name) {
        Optional<UnitResult> own = period.unit(code);
        List<WorkbookView.GroupFigure> groups = catalogue.groups().stream().map(g -> group(g, own)).toList();
        Optional<BigDecimal> total = own.flatMap(u -> u.card().total());
        Optional<Band> band = own.flatMap(u -> u.card().band());
        Place place = place(map, period, code, own);
        return new WorkbookView.ProvinceSummary(code, name, groups,
                new WorkbookView.GroupFigure("Tổng điểm", total.orElse(null), catalogue.maxTotal(),
                        total.map(t -> Points.ratio(t, catalogue.maxTotal())).orElse(null)),
                band.map(Band::name).orElse(null), band.map(b -> catalogue.bands().indexOf(b)).orElse(-1),
                own.flatMap(u -> u.standing().deltaTotal()).orElse(null), place.rank(), place.of(), place.delta(),
                kinds.stream().map(k -> bands(period, catalogue, code, k)).toList());
    }

    private record Place(Integer rank, Integer of, Integer delta) {
    }

    /** The national list's place where the province is in it, else the data's own ranking of provinces. */
    private static Place place(SiteMap map, PeriodResult period, String code, Optional<UnitResult> own) {
        Optional<NationalRanking> list = period.national().filter(n -> n.place(code).isPresent());
        if (list.isPresent()) {
            NationalPlace p = list.get().place(code).orElseThrow();
            return new Place(p.rank().orElse(null), list.get().ranked(), p.deltaRank().orElse(null));
        }
        if (map.national() && own.isPresent()) {
            Standing s = own.get().standing();
            return new Place(s.rank().orElse(null), s.rankOf(), s.deltaRank().orElse(null));
        }
        return new Place(null, null, null);
    }

    private static WorkbookView.GroupFigure group(Group group, Optional<UnitResult> own) {
        Optional<GroupScore> score = own.flatMap(u -> u.card().group(group.code()));
        return new WorkbookView.GroupFigure(group.name(), score.flatMap(GroupScore::points).orElse(null), group.max(),
                score.flatMap(GroupScore::share).orElse(null));
    }

    private static WorkbookView.KindBands bands(PeriodResult period, Catalogue catalogue, String province, Kind kind) {
        Optional<ScopeStats> stats = period.scope(new Scope(province, kind));
        List<Integer> counts = catalogue.bands().stream()
                .map(b -> stats.map(s -> s.bandCounts().getOrDefault(b.name(), 0)).orElse(0)).toList();
        int units = stats.map(s -> s.ranking().size()).orElse(0);
        return new WorkbookView.KindBands(kind.label(), counts,
                units - counts.stream().mapToInt(Integer::intValue).sum(), units);
    }

    /** The portal's national list as a ranking of provinces; null where the period has none. */
    static WorkbookView.RankingTable nationalList(PeriodResult period, Catalogue catalogue) {
        return period.national().map(n -> new WorkbookView.RankingTable(PROVINCES,
                "Xếp hạng các tỉnh, thành phố theo danh sách toàn quốc — " + PeriodNames.month(period.period()), false,
                List.of("Mã tỉnh", "Tỉnh, thành phố"), catalogue.groups().stream().map(Group::name).toList(),
                n.places().stream().map(p -> line(p, catalogue)).toList())).orElse(null);
    }

    private static WorkbookView.RankingLine line(NationalPlace place, Catalogue catalogue) {
        NationalRow row = place.row();
        return new WorkbookView.RankingLine(place.rank().orElse(null), row.provinceCode(), row.provinceName(), null,
                catalogue.groups().stream().map(g -> row.group(g.code()).orElse(null)).toList(),
                row.total().orElse(null), place.band().map(Band::name).orElse(null),
                place.band().map(b -> catalogue.bands().indexOf(b)).orElse(-1), row.deltaTotal().orElse(null),
                place.deltaRank().orElse(null));
    }

    /** Names the sheets before the groups' so that a group's name never takes one of them. */
    static List<String> taken() {
        return new ArrayList<>(List.of(SUMMARY, PROVINCES));
    }
}
