package vn.chiso766.render.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a heat map: a unit and its share of the maximum per group (0–100), in the
 * order of the map's columns; null where a group has no data.
 */
public record HeatRow(String label, List<Double> percents) {
    public HeatRow {
        percents = Collections.unmodifiableList(new ArrayList<>(percents));
    }
}
