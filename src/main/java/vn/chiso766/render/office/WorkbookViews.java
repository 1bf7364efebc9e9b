package vn.chiso766.render.office;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Kind;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.pdf.NoticeSettings;
import vn.chiso766.render.view.PortalTexts;
import vn.chiso766.render.view.QualityPages;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Finding;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** Builds a period's {@link WorkbookView} from the scored results. No number is computed here. */
final class WorkbookViews {
    static final String DEFAULT_SOURCE = "Số liệu của Cổng Dịch vụ công quốc gia theo Quyết định 766/QĐ-TTg,"
            + " tính điểm và xếp hạng bằng chiso766.";

    private WorkbookViews() {
    }

    static WorkbookView of(SiteMap map, PeriodResult period) {
        Catalogue catalogue = map.results().dataset().catalogue();
        String where = where(map);
        String month = PeriodNames.title(period.period());
        String given = PortalTexts.provenance(map.results().dataset().provenance(period.period()));
        String provisional = PeriodNames.provisional(period.period());
        String source = (provisional.isEmpty() ? "" : provisional + ". ") + (given.isEmpty() ? DEFAULT_SOURCE : given);
        return new WorkbookView("Kết quả Bộ chỉ số 766 " + month + " — " + where, period.period().toString(),
                source, date(map, period), SummaryViews.summary(map, period, where, source),
                SummaryViews.nationalList(period, catalogue),
                rankings(map, period, catalogue, where + " — " + month),
                groups(map, period, catalogue, month), notes(map, period, month), TargetsTable.of(map, period));
    }

    /** "tỉnh Mẫu", or "34 tỉnh, thành phố" in national data. */
    private static String where(SiteMap map) {
        return map.national() ? Format.count(map.provinces().size()) + " tỉnh, thành phố"
                : NoticeSettings.provinceLabel(map.provinceName(map.provinces().keySet().iterator().next()));
    }

    /** The first province's notice date: the PDFs of the period are dated the same way. */
    private static java.time.LocalDate date(SiteMap map, PeriodResult period) {
        Map.Entry<String, String> first = map.provinces().entrySet().iterator().next();
        return NoticeSettings.of(map.results().dataset().settings(), first.getKey(), first.getValue(),
                period.period()).issueDate();
    }

    private static List<WorkbookView.RankingTable> rankings(SiteMap map, PeriodResult period, Catalogue catalogue,
                                                            String suffix) {
        List<WorkbookView.RankingTable> tables = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<ScopeStats> scopes = map.rankings(period).stream().filter(s -> s.scope().kind() == kind).toList();
            if (!scopes.isEmpty()) {
                boolean provinces = map.national() && kind != Kind.PROVINCE;
                List<WorkbookView.RankingLine> lines = scopes.stream().flatMap(s -> s.ranking().stream())
                        .map(u -> line(map, u, catalogue, provinces)).toList();
                tables.add(new WorkbookView.RankingTable(SheetNames.ranking(kind),
                        "Xếp hạng " + Texts.lower(kind.label()) + " — " + suffix, provinces,
                        List.of("Mã đơn vị", "Tên đơn vị"),
                        catalogue.groups().stream().map(Group::name).toList(), lines));
            }
        }
        return tables;
    }

    private static WorkbookView.RankingLine line(SiteMap map, UnitResult u, Catalogue catalogue, boolean provinces) {
        List<BigDecimal> groups = catalogue.groups().stream()
                .map(g -> u.card().group(g.code()).flatMap(GroupScore::points).orElse(null)).toList();
        return new WorkbookView.RankingLine(u.standing().rank().orElse(null), u.unit().code(), u.unit().name(),
                provinces ? map.provinceName(u.unit().provinceCode()) : null, groups, u.card().total().orElse(null),
                u.card().band().map(Band::name).orElse(null),
                u.card().band().map(b -> catalogue.bands().indexOf(b)).orElse(-1),
                u.standing().deltaTotal().orElse(null), u.standing().deltaRank().orElse(null));
    }

    private static List<WorkbookView.GroupTable> groups(SiteMap map, PeriodResult period, Catalogue catalogue,
                                                        String month) {
        List<UnitResult> units = inTableOrder(map, period);
        List<String> names = SummaryViews.taken();
        List<WorkbookView.GroupTable> tables = new ArrayList<>();
        for (Group group : catalogue.groups()) {
            List<Indicator> indicators = catalogue.indicatorsOf(group.code());
            List<WorkbookView.GroupLine> lines = units.stream().map(u -> groupLine(map, u, group, indicators)).toList();
            tables.add(new WorkbookView.GroupTable(SheetNames.unique(group.name(), names),
                    group.code() + " — " + group.name() + " (tối đa " + Format.count(group.max()) + " điểm) — " + month,
                    map.national(), indicators.stream().map(i -> new WorkbookView.IndicatorHead(i.name(), i.max())).toList(),
                    group.max(), lines));
        }
        return tables;
    }

    /** Every unit: provinces first, then table by table in rank order, as the ranking sheets. */
    private static List<UnitResult> inTableOrder(SiteMap map, PeriodResult period) {
        List<UnitResult> units = new ArrayList<>(period.units().stream()
                .filter(u -> u.unit().kind() == Kind.PROVINCE).toList());
        for (Kind kind : Kind.values()) {
            if (kind != Kind.PROVINCE) {
                period.scopes(kind).forEach(s -> units.addAll(s.ranking()));
            }
        }
        return units;
    }

    private static WorkbookView.GroupLine groupLine(SiteMap map, UnitResult u, Group group, List<Indicator> indicators) {
        var score = u.card().group(group.code());
        List<WorkbookView.Figures> figures = indicators.stream().map(i -> score
                .flatMap(g -> g.indicators().stream().filter(s -> s.indicator().code().equals(i.code())).findFirst())
                .map(WorkbookViews::figures).orElse(new WorkbookView.Figures(null, null, null, null))).toList();
        return new WorkbookView.GroupLine(u.unit().code(), u.unit().name(),
                map.national() ? map.provinceName(u.unit().provinceCode()) : null, u.unit().kind().label(), figures,
                score.flatMap(GroupScore::points).orElse(null));
    }

    private static WorkbookView.Figures figures(IndicatorScore s) {
        return new WorkbookView.Figures(s.numerator().orElse(null), s.denominator().orElse(null),
                s.rate().orElse(null), s.points().orElse(null));
    }

    private static WorkbookView.NotesTable notes(SiteMap map, PeriodResult period, String month) {
        List<WorkbookView.NoteLine> lines = new ArrayList<>();
        for (Finding f : period.findings()) {
            String name = period.unit(f.unitCode()).map(u -> u.unit().name()).orElse(f.unitCode());
            lines.add(new WorkbookView.NoteLine(f.unitCode(), name, QualityPages.title(f.type()), f.message()));
        }
        return new WorkbookView.NotesTable(SheetNames.NOTES, "Chất lượng dữ liệu — " + month, lines);
    }

    /** Lower-case first letter, as a kind's label reads inside a title. */
    private static final class Texts {
        static String lower(String label) {
            return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
    }
}
