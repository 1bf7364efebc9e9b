package vn.chiso766.render.view;

import java.util.List;

/**
 * What every page shares: its path from the site's root, its title, the way back to the site's root ("", "../", "../../"),
 * the site's name, the main navigation and the breadcrumb trail.
 *
 * @param banner the warning on every page of provisional figures ("Số liệu tạm tính đến ngày …"), "" for final ones
 * @param kinds  the latest month, quarter and year side by side (home and archive, where the data has several kinds)
 */
public record Frame(String path, String title, String root, String site, List<Link> nav, List<Link> crumbs,
                    String banner, List<Link> kinds) {
    public Frame {
        nav = List.copyOf(nav);
        crumbs = List.copyOf(crumbs);
        kinds = List.copyOf(kinds);
    }

    /** The same frame with the kinds of period side by side. */
    public Frame withKinds(List<Link> kinds) {
        return new Frame(path, title, root, site, nav, crumbs, banner, kinds);
    }

    /** The same frame without the banner: a page of no one period (history, archive). */
    public Frame timeless() {
        return new Frame(path, title, root, site, nav, crumbs, "", kinds);
    }
}
