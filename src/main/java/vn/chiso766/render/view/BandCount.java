package vn.chiso766.render.view;

/** How many units of a table fall in a band. */
public record BandCount(BandTag band, String count) {
}
