package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.ScopeStats;

/** Builds the frame of each page: title, way back to the root, navigation and breadcrumbs. */
final class Frames {
    private Frames() {
    }

    static Frame of(SiteMap map, String path, String title, Period period, List<Link> crumbs) {
        return new Frame(path, title, SiteMap.root(path), site(map), nav(map, period), crumbs, banner(period), List.of());
    }

    /** "Số liệu tạm tính đến ngày 10/10/2026: năm 2026 chưa kết thúc, …"; "" for final figures. */
    static String banner(Period period) {
        return period.provisional() ? PeriodNames.provisional(period) + ": " + PeriodNames.month(period) + " chưa kết thúc, điểm"
                + " và hạng còn thay đổi theo số liệu cập nhật trên Cổng Dịch vụ công quốc gia." : "";
    }

    /** The latest period of each kind, side by side, where the data has more than one kind. */
    static List<Link> kinds(SiteMap map) {
        if (map.results().spans().size() < 2) {
            return List.of();
        }
        return map.results().spans().stream().map(span -> map.results().latest(span).orElseThrow().period())
                .map(p -> new Link(map.period(p), capital(PeriodNames.title(p)))).toList();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String site(SiteMap map) {
        String where = map.national() ? "Toàn quốc" : map.provinceName(map.provinces().keySet().iterator().next());
        return "Bộ chỉ số 766 · " + where;
    }

    /**
     * Home, the period's overview and rankings (a single province's; national data: provinces),
     * a single province's plan, quality, archive.
     */
    static List<Link> nav(SiteMap map, Period period) {
        PeriodResult result = map.results().period(period).orElseThrow();
        List<Link> nav = new ArrayList<>();
        nav.add(new Link(SiteMap.HOME, "Trang chủ"));
        nav.add(new Link(map.period(period), "Kỳ " + PeriodNames.monthShort(period)));
        for (ScopeStats stats : map.rankings(result)) {
            if (!map.national() || stats.scope().national()) {
                nav.add(new Link(map.ranking(period, stats.scope()), stats.scope().kind().label()));
            }
        }
        if (result.national().isPresent()) {
            nav.add(new Link(map.nationalRanking(period), "Các tỉnh, thành phố"));
        }
        if (!map.national()) {
            nav.add(new Link(map.plan(period, map.provinces().keySet().iterator().next()), "Kế hoạch khắc phục"));
        }
        nav.add(new Link(map.quality(period), "Chất lượng dữ liệu"));
        nav.add(new Link(SiteMap.ARCHIVE, "Lưu trữ"));
        return nav;
    }

    static Link home() {
        return new Link(SiteMap.HOME, "Trang chủ");
    }

    static Link period(SiteMap map, Period period) {
        return new Link(map.period(period), "Kỳ " + PeriodNames.monthShort(period));
    }
}
