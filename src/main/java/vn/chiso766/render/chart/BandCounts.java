package vn.chiso766.render.chart;

import java.util.List;

/** One kind of unit's counts per band, in the catalogue's order from the highest band. */
public record BandCounts(String kind, List<Integer> counts) {
}
