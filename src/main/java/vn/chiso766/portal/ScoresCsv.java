package vn.chiso766.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Catalogue;

/** scores/{period}.csv in the long form, with the portal's data-quality columns (an extension of the contract). */
final class ScoresCsv {
    static final List<String> HEADER = List.of("unit_code", "indicator", "numerator", "denominator", "score",
            "quality_status", "quality_message");

    private ScoresCsv() {
    }

    /** Units in code order; within a unit its groups, then its indicators, in the catalogue's order. */
    static byte[] write(List<ScoreRow> rows, Catalogue catalogue) {
        Map<String, Integer> order = new HashMap<>();
        catalogue.groups().forEach(g -> order.put(g.code(), order.size()));
        catalogue.indicators().forEach(i -> order.put(i.code(), order.size()));
        Map<String, List<ScoreRow>> byUnit = new HashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (String code : byUnit.keySet().stream().sorted(Codes.ORDER).toList()) {
            List<ScoreRow> unit = byUnit.get(code);
            unit.sort(Comparator.comparingInt(r -> order.get(r.code())));
            for (ScoreRow r : unit) {
                lines.add(List.of(r.unit(), r.code(), Csv.number(r.numerator()), Csv.number(r.denominator()),
                        Csv.number(r.score()), r.qualityStatus(), r.qualityMessage()));
            }
        }
        return Csv.write(HEADER, lines);
    }
}
