package vn.chiso766.render.view;

/**
 * A band as a page shows it: its name, and its level (0 = highest band of the catalogue) for
 * the colour; level -1 with the words "chưa có dữ liệu" where there is no total.
 */
public record BandTag(String name, int level) {
}
