package vn.chiso766.render.view;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.Targets;

/** Builds a unit's targets for its scorecard: its periods of the card's kind, none after the card's. */
final class UnitTargets {
    private UnitTargets() {
    }

    static TargetSection of(SiteMap map, PeriodResult period, String code) {
        Catalogue catalogue = map.results().dataset().catalogue();
        List<TargetLine> lines = results(map, period, code).stream().map(r -> TargetTexts.line(r, catalogue)).toList();
        List<TargetSection.Past> history = map.results().series(period.period().span()).stream()
                .filter(p -> p.period().compareTo(period.period()) <= 0)
                .flatMap(p -> past(map, p, code, catalogue).stream()).toList();
        return new TargetSection(lines, history);
    }

    private static List<TargetResult> results(SiteMap map, PeriodResult period, String code) {
        return Targets.of(period, code, map.results().dataset().targets(), map.results().dataset().catalogue());
    }

    /** The period's line; empty where no target applied to the unit. */
    private static Optional<TargetSection.Past> past(SiteMap map, PeriodResult period, String code,
                                                     Catalogue catalogue) {
        List<TargetResult> results = results(map, period, code);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        Period p = period.period();
        long met = results.stream().filter(TargetResult::met).count();
        long none = results.stream().filter(r -> r.status() == TargetResult.Status.NO_DATA).count();
        String summary = "Đạt " + met + "/" + results.size() + " chỉ tiêu" + (none > 0 ? " (" + none
                + " chưa có số liệu)" : "");
        String missed = results.stream().filter(TargetResult::missed)
                .map(r -> TargetTexts.name(r.target().indicator(), catalogue)).collect(Collectors.joining("; "));
        return Optional.of(new TargetSection.Past(new Link(map.scorecard(p, code), PeriodNames.month(p)), summary, missed));
    }
}
