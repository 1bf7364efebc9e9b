package vn.chiso766.render.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Dataset;
import vn.chiso766.render.Document;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.TargetResult.Measure;
import vn.chiso766.score.Targets;

/**
 * chi-tieu.csv and chi-tieu.json of a period that targets.csv applies to: one record per unit and
 * target with the fields of the data contract.
 */
public final class TargetRecords {
    public static final String CSV = "chi-tieu.csv";
    public static final String JSON = "chi-tieu.json";

    private TargetRecords() {
    }

    /** The two files, or none where no target applies to the period. */
    public static List<Document> documents(PeriodResult period, Dataset dataset) {
        if (!applies(period, dataset)) {
            return List.of();
        }
        String folder = period.period() + "/";
        return List.of(
                Document.of(folder + CSV, out -> OpenData.writeCsv(records(period, dataset), out)),
                Document.of(folder + JSON, out -> OpenData.writeJson(records(period, dataset), out)));
    }

    /** True where some row of targets.csv applies to the period. */
    public static boolean applies(PeriodResult period, Dataset dataset) {
        return dataset.targets().stream().anyMatch(t -> t.appliesTo(period.period()));
    }

    static List<Map<String, Object>> records(PeriodResult period, Dataset dataset) {
        return Targets.of(period, dataset.targets(), dataset.catalogue()).stream().map(TargetRecords::record).toList();
    }

    private static Map<String, Object> record(TargetResult result) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unit_code", result.unit().code());
        r.put("unit_name", result.unit().name());
        r.put("indicator", result.target().indicator());
        r.put("target", result.target().target());
        r.put("value", result.value().map(v -> result.measure() == Measure.PLACE ? whole(v) : OpenData.two(v))
                .orElse(null));
        r.put("met", switch (result.status()) {
            case MET -> "yes";
            case MISSED -> "no";
            case NO_DATA -> null;
        });
        r.put("needed", result.needed().map(v -> result.measure() == Measure.POINTS ? OpenData.two(v) : whole(v))
                .orElse(null));
        r.put("source", result.target().source().isEmpty() ? null : result.target().source());
        return r;
    }

    /** A count or a place: whole by construction. */
    private static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.UNNECESSARY);
    }
}
