package vn.chiso766.render.view;

/**
 * A change against the previous period as a page shows it.
 *
 * @param text      short form with an arrow: "▲ 2", "▼ 1", "=", "—"
 * @param words     the same in words for screen readers and tooltips: "tăng 2 bậc"
 * @param direction up, down, same or none (CSS class)
 */
public record Change(String text, String words, String direction) {
}
