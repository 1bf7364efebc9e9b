package vn.chiso766.render.office;

import java.math.BigDecimal;
import java.util.List;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.render.view.TargetTexts;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.Targets;

/**
 * The workbook's sheet of targets: one line per unit and target, numbers kept as numbers.
 *
 * @param lines every unit's targets, units in units.csv order
 */
public record TargetsTable(String sheet, String title, List<Line> lines) {
    static final String SHEET = "Chỉ tiêu";

    /**
     * @param unitOf what the target and value count: "%", "điểm", "hạng"
     * @param needed the items, points or places a missed target takes; null otherwise
     */
    public record Line(String code, String name, String target, BigDecimal goal, BigDecimal value, String unitOf,
                String status, BigDecimal needed, String action, String source) {
    }

    /** The period's targets, or null where none applies (the workbook then has no such sheet). */
    static TargetsTable of(SiteMap map, PeriodResult period) {
        var dataset = map.results().dataset();
        List<TargetResult> results = Targets.of(period, dataset.targets(), dataset.catalogue());
        if (results.isEmpty()) {
            return null;
        }
        return new TargetsTable(SHEET, "Chỉ tiêu được giao — " + PeriodNames.month(period.period()), results.stream()
                .map(r -> new Line(r.unit().code(), r.unit().name(), TargetTexts.name(r.target().indicator(),
                        dataset.catalogue()), r.target().target(), r.value().orElse(null), unitOf(r),
                        TargetTexts.status(r), r.needed().orElse(null), TargetTexts.action(r), r.target().source()))
                .toList());
    }

    private static String unitOf(TargetResult r) {
        return switch (r.measure()) {
            case RATIO -> "%";
            case POINTS -> "điểm";
            case PLACE -> "hạng";
        };
    }
}
