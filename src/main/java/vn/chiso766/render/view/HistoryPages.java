package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;
import vn.chiso766.score.PeriodResult;

/** Builds a unit's history page. */
public final class HistoryPages {
    private HistoryPages() {
    }

    public static HistoryPage of(SiteMap map, Unit unit) {
        Catalogue catalogue = map.results().dataset().catalogue();
        String path = map.history(unit.code());
        Period latest = map.results().latest().period();
        Frame frame = Frames.of(map, path, unit.name() + " · kết quả qua các kỳ", latest, List.of(Frames.home()))
                .timeless();
        List<HistoryPage.Series> series = new ArrayList<>();
        for (Period.Span span : map.results().spans()) {
            Period last = map.results().latest(span).orElseThrow().period();
            series.add(new HistoryPage.Series(series.isEmpty() ? "xu-huong" : "xu-huong-" + slug(span), heading(span),
                    ScorecardPages.trend(map, unit.code(), last, catalogue),
                    ScorecardPages.trendPoints(map, unit.code(), last)));
        }
        return new HistoryPage(frame, unit.name(), unit.code(), unit.kind().label(),
                map.provinceName(unit.provinceCode()), series, catalogue.maxTotal().doubleValue(), national(map, unit));
    }

    static String heading(Period.Span span) {
        return switch (span) {
            case MONTH -> "Theo tháng";
            case QUARTER -> "Theo quý";
            case YEAR -> "Theo năm";
        };
    }

    private static String slug(Period.Span span) {
        return switch (span) {
            case MONTH -> "thang";
            case QUARTER -> "quy";
            case YEAR -> "nam";
        };
    }

    /** The province's rank among the provinces in each period with a national list that names it. */
    static List<HistoryPage.NationalRank> national(SiteMap map, Unit unit) {
        if (unit.kind() != Kind.PROVINCE) {
            return List.of();
        }
        List<HistoryPage.NationalRank> out = new ArrayList<>();
        for (PeriodResult period : map.results().periods()) {
            period.national().ifPresent(n -> n.place(unit.code()).ifPresent(place -> out.add(new HistoryPage.NationalRank(
                    Frames.period(map, period.period()), Texts.rank(place.rank(), n.ranked()),
                    Texts.points(place.row().total()), place.deltaRank().map(Texts::rankChange)
                    .orElse(new Change(Texts.NONE, "không so sánh được", "none"))))));
        }
        return out;
    }
}
