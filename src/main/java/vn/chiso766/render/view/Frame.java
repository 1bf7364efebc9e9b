package vn.chiso766.render.view;

import java.util.List;

/**
 * What every page shares: its path from the site's root, its title, the way back to the site's root ("", "../", "../../"),
 * the site's name, the main navigation and the breadcrumb trail.
 */
public record Frame(String path, String title, String root, String site, List<Link> nav, List<Link> crumbs) {
    public Frame {
        nav = List.copyOf(nav);
        crumbs = List.copyOf(crumbs);
    }
}
