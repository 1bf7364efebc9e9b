package vn.chiso766.render.view;

/** A link: href relative to the site's root (templates prefix the page's way back to it). */
public record Link(String href, String text) {
}
