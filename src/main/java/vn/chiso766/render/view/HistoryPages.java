package vn.chiso766.render.view;

import java.util.List;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;

/** Builds a unit's history page. */
public final class HistoryPages {
    private HistoryPages() {
    }

    public static HistoryPage of(SiteMap map, Unit unit) {
        Catalogue catalogue = map.results().dataset().catalogue();
        String path = map.history(unit.code());
        Period latest = map.results().latest().period();
        Frame frame = Frames.of(map, path, unit.name() + " · kết quả qua các kỳ", latest, List.of(Frames.home()));
        return new HistoryPage(frame, unit.name(), unit.code(), unit.kind().label(),
                map.provinceName(unit.provinceCode()), ScorecardPages.trend(map, unit.code(), latest, catalogue),
                ScorecardPages.trendPoints(map, unit.code(), latest), catalogue.maxTotal().doubleValue());
    }
}
