package vn.chiso766.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.chiso766.model.Catalogue;

/** scores/YYYY-MM.csv in the long form, with the portal's data-quality columns (an extension of the contract). */
final class ScoresCsv {
    static final List<String> HEADER = List.of("unit_code", "indicator", "numerator", "denominator", "score",
            "quality_status", "quality_message");

    private ScoresCsv() {
    }

    /** Units in code order; within a unit its groups, then its indicators, in the catalogue's order. */
    static byte[] write(List<ScoreRow> rows, Catalogue catalogue) {
        List<String> order = new ArrayList<>();
        catalogue.groups().forEach(g -> order.add(g.code()));
        catalogue.indicators().forEach(i -> order.add(i.code()));
        List<List<String>> lines = rows.stream()
                .sorted(Comparator.comparing(ScoreRow::unit, Codes.ORDER).thenComparing(r -> order.indexOf(r.code())))
                .map(r -> List.of(r.unit(), r.code(), Csv.number(r.numerator()), Csv.number(r.denominator()),
                        Csv.number(r.score()), r.qualityStatus(), r.qualityMessage()))
                .toList();
        return Csv.write(HEADER, lines);
    }
}
