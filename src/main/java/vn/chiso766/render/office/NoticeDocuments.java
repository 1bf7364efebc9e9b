package vn.chiso766.render.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.pdf.NoticeSettings;
import vn.chiso766.render.pdf.NoticeView;
import vn.chiso766.render.pdf.ProvincePeriod;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.PeriodResult;

/**
 * The Word notice of each province and published period, &lt;period&gt;/thong-bao-&lt;period&gt;.docx
 * (the province's slug added in national data), from the view the PDF notice prints.
 */
public final class NoticeDocuments {
    private static final String KIND = "docx-1";

    private NoticeDocuments() {
    }

    public static List<Document> of(SiteMap map) {
        List<Document> documents = new ArrayList<>();
        for (PeriodResult period : map.results().periods()) {
            if (map.published(period.period())) {
                ProvincePeriod.of(map.results(), period, map).forEach(p -> documents.add(document(map, p)));
            }
        }
        return documents;
    }

    private static Document document(SiteMap map, ProvincePeriod province) {
        String path = map.provinceFile(province.period().period(), "thong-bao", province.code(), "docx");
        return Document.planned(path, () -> {
            NoticeSettings settings = NoticeSettings.of(map.results().dataset().settings(), province.code(),
                    province.name(), province.period().period());
            NoticeView view = NoticeView.of(province, settings);
            String fingerprint = Fingerprint.of(List.of(OfficeStyles.RESOURCE), KIND, view,
                    settings.issueDate().toString());
            return new Document.Prepared(Optional.of(fingerprint),
                    out -> NoticeDocx.write(view, settings.issueDate(), out));
        });
    }
}
