package vn.chiso766.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.chart.GroupBar;
import vn.chiso766.render.chart.TrendPoint;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.PortalNotes;
import vn.chiso766.score.Loss;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Plans;
import vn.chiso766.score.Scope;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/** Builds a unit's scorecard for one period. */
public final class ScorecardPages {
    /** How many "điểm nghẽn" the scorecard lists; the indicator tables show every loss. */
    static final int BOTTLENECKS = 5;

    private ScorecardPages() {
    }

    public static ScorecardPage of(SiteMap map, PeriodResult period, UnitResult unit) {
        return of(map, period, unit, SnapshotTrends.of(map.results(), period.period(), unit.unit().code()));
    }

    /** The page as print shows it: without the unit's figures on each snapshot's day (a year of days, per unit). */
    public static ScorecardPage printed(SiteMap map, PeriodResult period, UnitResult unit) {
        return of(map, period, unit, SnapshotTrend.NONE);
    }

    private static ScorecardPage of(SiteMap map, PeriodResult period, UnitResult unit, SnapshotTrend snapshots) {
        Catalogue catalogue = map.results().dataset().catalogue();
        Period p = period.period();
        String code = unit.unit().code();
        String path = map.scorecard(p, code);
        Optional<ScopeStats> stats = period.scope(Scope.of(unit.unit()));
        Frame frame = Frames.of(map, path, unit.unit().name() + " · " + PeriodNames.title(p), p,
                List.of(Frames.home(), Frames.period(map, p)));
        String medianLabel = "Trung vị " + lower(unit.unit().kind().label());
        boolean province = unit.unit().kind() == Kind.PROVINCE;
        Link ranking = stats.filter(s -> map.rankings(period).contains(s))
                .map(s -> new Link(map.ranking(p, s.scope()), "Bảng xếp hạng " + lower(RankingPages.scopeLabel(map, s))))
                .orElse(new Link(map.period(p), "Tổng quan " + PeriodNames.month(p)));
        return new ScorecardPage(frame, unit.unit().name(), code, unit.unit().kind().label(),
                map.provinceName(unit.unit().provinceCode()), PeriodNames.title(p), Texts.points(unit.card().total()),
                Texts.band(unit.card().band(), catalogue), Texts.rank(unit.standing().rank(), unit.standing().rankOf()),
                province ? "" : Texts.rank(unit.standing().rankAll(), unit.standing().rankAllOf()),
                Texts.rankChange(unit.standing()), Texts.totalChange(unit.standing().deltaTotal()),
                Texts.points(stats.flatMap(ScopeStats::medianTotal)), medianLabel,
                groups(unit, stats), sections(unit), bottlenecks(unit, catalogue), trend(map, code, p, catalogue),
                new Link(map.history(code), "Kết quả qua các kỳ"), ranking,
                new Link(map.scorecardPdf(p, code), "Phiếu kết quả (PDF)"), catalogue.maxTotal().doubleValue(),
                groupBars(unit, stats), trendPoints(map, code, p),
                PlanTexts.of(Plans.of(unit.card(), catalogue), unit.card(), catalogue),
                snapshots, UnitTargets.of(map, period, code));
    }

    static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + label.substring(1);
    }

    private static List<ScorecardPage.GroupLine> groups(UnitResult unit, Optional<ScopeStats> stats) {
        return unit.card().groups().stream().map(g -> new ScorecardPage.GroupLine(g.group().code(), g.group().name(),
                Texts.points(g.points()), Format.points(g.group().max()), Texts.percent(g.share()),
                Texts.points(median(stats, g.group().code())), g.lost().map(Format::points).orElse(Texts.NONE))).toList();
    }

    private static Optional<BigDecimal> median(Optional<ScopeStats> stats, String group) {
        return stats.flatMap(s -> Optional.ofNullable(s.medianGroups().get(group)));
    }

    private static List<ScorecardPage.IndicatorSection> sections(UnitResult unit) {
        List<ScorecardPage.IndicatorSection> sections = new ArrayList<>();
        for (GroupScore g : unit.card().groups()) {
            List<ScorecardPage.IndicatorLine> lines = g.indicators().stream()
                    .filter(i -> i.hasData() || (g.source() == GroupScore.Source.SUM && i.indicator().rule().computes()))
                    .map(ScorecardPages::indicator).toList();
            String note = note(g, lines.isEmpty());
            sections.add(new ScorecardPage.IndicatorSection(g.group().code(), g.group().name(), Texts.points(g.points()),
                    Format.points(g.group().max()), printedNote(note, g), lines, note));
        }
        return sections;
    }

    /** The group's note, then the portal's own note on each of its indicators that has one. */
    private static String printedNote(String note, GroupScore group) {
        List<String> notes = new ArrayList<>();
        if (!note.isEmpty()) {
            notes.add(note);
        }
        group.indicators().forEach(i -> i.quality().ifPresent(q -> notes.add("Ghi chú của Cổng về chỉ số \u201c"
                + i.indicator().name() + "\u201d: " + PortalNotes.sentence(q))));
        return String.join(" ", notes);
    }

    private static String note(GroupScore group, boolean noDetail) {
        if (group.source() == GroupScore.Source.MISSING) {
            return "Nhóm này chưa có dữ liệu trong kỳ.";
        }
        boolean computed = group.indicators().stream().anyMatch(i -> i.indicator().rule().computes() && i.points().isPresent());
        if (group.source() == GroupScore.Source.GIVEN && !computed) {
            return "Điểm nhóm theo số liệu chính thức của Cổng Dịch vụ công quốc gia"
                    + (noDetail ? "; không có số liệu chi tiết từng chỉ số." : "; tỷ lệ các chỉ số để tham khảo.");
        }
        return "";
    }

    private static ScorecardPage.IndicatorLine indicator(IndicatorScore i) {
        String points = i.points().map(Format::points)
                .orElse(i.indicator().rule().computes() ? Format.NO_DATA : "tham khảo");
        return new ScorecardPage.IndicatorLine(i.indicator().name(), i.numerator().map(Format::count).orElse(Texts.NONE),
                i.denominator().map(Format::count).orElse(Texts.NONE), i.rate().map(Format::percent).orElse(Texts.NONE),
                points, Format.points(i.indicator().max()), i.lost().map(Format::points).orElse(Texts.NONE),
                i.quality().map(q -> "Ghi chú của Cổng: " + PortalNotes.sentence(q)).orElse(""));
    }

    private static List<ScorecardPage.Bottleneck> bottlenecks(UnitResult unit, Catalogue catalogue) {
        List<ScorecardPage.Bottleneck> out = new ArrayList<>();
        List<Loss> losses = unit.losses(catalogue);
        for (int n = 0; n < Math.min(BOTTLENECKS, losses.size()); n++) {
            Loss loss = losses.get(n);
            out.add(new ScorecardPage.Bottleneck(String.valueOf(n + 1), loss.name(), loss.group(), Format.points(loss.points()),
                    Format.points(loss.max()), Format.points(loss.lost()), Texts.points(loss.totalIfFull()),
                    loss.bandIfFull().map(Band::name).orElse(Format.NO_DATA)));
        }
        return out;
    }

    /**
     * The unit's periods up to and including {@code last}: a published scorecard stays as it was
     * when later months are added, so it need not be rendered again.
     */
    static List<ScorecardPage.TrendRow> trend(SiteMap map, String code, Period last, Catalogue catalogue) {
        return history(map, code, last).stream().map(u -> new ScorecardPage.TrendRow(
                new Link(map.scorecard(u.card().period(), code), PeriodNames.monthShort(u.card().period())),
                Texts.points(u.card().total()), Texts.band(u.card().band(), catalogue),
                Texts.rank(u.standing().rank(), u.standing().rankOf()), Texts.totalChange(u.standing().deltaTotal()),
                Texts.rankChange(u.standing()))).toList();
    }

    private static List<GroupBar> groupBars(UnitResult unit, Optional<ScopeStats> stats) {
        return unit.card().groups().stream().map(g -> new GroupBar(g.group().name(),
                g.points().map(BigDecimal::doubleValue).orElse(null), g.group().max().doubleValue(),
                median(stats, g.group().code()).map(BigDecimal::doubleValue).orElse(null))).toList();
    }

    static List<TrendPoint> trendPoints(SiteMap map, String code, Period last) {
        return history(map, code, last).stream().map(u -> new TrendPoint(PeriodNames.monthShort(u.card().period()),
                u.card().total().map(BigDecimal::doubleValue).orElse(null), u.standing().rank().orElse(null))).toList();
    }

    private static List<UnitResult> history(SiteMap map, String code, Period last) {
        return map.results().history(code, last.span()).stream().filter(u -> u.card().period().compareTo(last) <= 0).toList();
    }
}
