package vn.chiso766.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The province-wide counts of a month, summed over the units that reported. The province's own
 * row is computed from them, as the portal does: not an average of unit totals.
 */
final class Tally {
    private final long[] numerators = new long[Measure.values().length];
    private final long[] denominators = new long[Measure.values().length];
    /** For given scores: code → {sum of points × weight, sum of weights}. */
    private final Map<String, double[]> given = new HashMap<>();

    void add(Measure measure, long numerator, long denominator) {
        numerators[measure.ordinal()] += numerator;
        denominators[measure.ordinal()] += denominator;
        if (measure == Measure.ELECTRONIC_CERTIFIED_COPY) {
            addScore(measure.name(), measure.points(numerator, denominator), 1);
        }
    }

    void addScore(String code, double points, long weight) {
        double[] sums = given.computeIfAbsent(code, k -> new double[2]);
        sums[0] += points * weight;
        sums[1] += weight;
    }

    /** The province's six group rows. */
    List<Row> groupRows(String province) {
        List<Row> rows = new ArrayList<>();
        for (String group : Measure.GROUPS) {
            rows.add(Row.score(province, group, group(group)));
        }
        return rows;
    }

    private double group(String group) {
        if (given.containsKey(group)) {
            return average(group);
        }
        double sum = 0;
        for (Measure m : Measure.values()) {
            if (m.group.equals(group) && m.max > 0) {
                sum += round(m == Measure.ELECTRONIC_CERTIFIED_COPY ? average(m.name())
                        : m.points(numerators[m.ordinal()], denominators[m.ordinal()]));
            }
        }
        return sum;
    }

    private double average(String code) {
        double[] sums = given.get(code);
        return sums == null || sums[1] == 0 ? 0 : sums[0] / sums[1];
    }

    /** Each indicator rounded before the group sum, as the portal rounds. */
    private static double round(double points) {
        return Double.parseDouble(Row.twoDecimals(points));
    }
}
