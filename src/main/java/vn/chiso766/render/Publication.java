package vn.chiso766.render;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.render.html.Site;
import vn.chiso766.render.office.NoticeDocuments;
import vn.chiso766.render.office.Workbooks;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.render.pdf.PdfDocuments;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;

/** Every document of a publication, from the scored results. Nothing is rendered until written. */
public final class Publication {
    private Publication() {
    }

    public static List<Document> documents(Results results) {
        return documents(results, Integer.MAX_VALUE);
    }

    /** @param recent how many of the latest periods get their pages and PDFs; open data for all */
    public static List<Document> documents(Results results, int recent) {
        // Costliest first (PDFs, then pages, then open data), so that no core idles at the end.
        List<Document> documents = new ArrayList<>(PdfDocuments.of(results, recent));
        SiteMap map = new SiteMap(results, recent);
        documents.addAll(Workbooks.documents(map));
        documents.addAll(NoticeDocuments.of(map));
        documents.addAll(Site.documents(results, recent));
        for (PeriodResult period : results.periods()) {
            documents.addAll(OpenData.documents(period, results.dataset().catalogue().groups()));
        }
        return documents;
    }
}
