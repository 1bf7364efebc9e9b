package vn.chiso766.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Catalogue;

/** The items that cost a set of units the most points together, from their losses. Pure. */
public final class Bottlenecks {
    private Bottlenecks() {
    }

    /** Costliest first; ties by code so that the order is stable. */
    public static List<Bottleneck> of(List<UnitResult> units, Catalogue catalogue) {
        Map<String, List<Loss>> byCode = new LinkedHashMap<>();
        for (UnitResult unit : units) {
            unit.losses(catalogue).forEach(l -> byCode.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(l));
        }
        List<Bottleneck> out = new ArrayList<>();
        byCode.forEach((code, losses) -> out.add(bottleneck(code, losses)));
        out.sort(Comparator.comparing(Bottleneck::lost).reversed().thenComparing(Bottleneck::code));
        return List.copyOf(out);
    }

    private static Bottleneck bottleneck(String code, List<Loss> losses) {
        Loss first = losses.get(0);
        BigDecimal lost = Points.round(losses.stream().map(Loss::lost).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal average = lost.divide(BigDecimal.valueOf(losses.size()), Points.SCALE, RoundingMode.HALF_UP);
        return new Bottleneck(code, first.name(), first.group(), first.max(), losses.size(), lost, average);
    }
}
