package vn.chiso766.render.office;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Period;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;

/**
 * The workbook of each published period, &lt;period&gt;/ket-qua-&lt;period&gt;.xlsx: every unit of the
 * data (all provinces in national data). Its view is built when it is written and fingerprinted,
 * so an unchanged period is not written again.
 */
public final class Workbooks {
    private static final String KIND = "xlsx-1";

    private Workbooks() {
    }

    public static List<Document> documents(SiteMap map) {
        return map.results().periods().stream().filter(p -> map.published(p.period()))
                .map(p -> document(map, p)).toList();
    }

    /** Where a period's workbook is. */
    public static String path(Period period) {
        return period + "/ket-qua-" + period + ".xlsx";
    }

    private static Document document(SiteMap map, PeriodResult period) {
        return Document.planned(path(period.period()), () -> {
            WorkbookView view = WorkbookViews.of(map, period);
            return new Document.Prepared(Optional.of(Fingerprint.of(List.of(), KIND, view, view.date().toString())),
                    out -> WorkbookWriter.write(view, out));
        });
    }
}
