package vn.chiso766.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chiso766.model.Period;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.render.data.TargetRecords;
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

    /** @param recent how many of the latest periods of each kind get their pages and PDFs; open data for all */
    public static List<Document> documents(Results results, int recent) {
        // Costliest first (PDFs, then pages, then open data), so that no core idles at the end.
        List<Document> documents = new ArrayList<>(PdfDocuments.of(results, recent));
        SiteMap map = new SiteMap(results, recent);
        documents.addAll(Workbooks.documents(map));
        documents.addAll(NoticeDocuments.of(map));
        documents.addAll(Site.documents(results, recent));
        for (PeriodResult period : results.periods()) {
            documents.addAll(OpenData.documents(results, period, results.dataset().catalogue().groups()));
            documents.addAll(TargetRecords.documents(period, results.dataset()));
        }
        return documents;
    }

    /**
     * Every document, each in a period's folder scoped (see {@link Document#scope()}) by the data
     * up to that period and which of those periods publish pages, in the period's own series (months,
     * quarters or years): a period's pages and files are made from no later period of its kind and no
     * other kind (PeriodScopeTest), so a new month reuses the earlier months' documents, and every
     * quarter's and year's, without preparing them.
     *
     * @param dataUpTo the digest of the data files up to a period (load.DataDigest#upTo)
     */
    public static List<Document> documents(Results results, int recent, Function<Period, String> dataUpTo) {
        SiteMap map = new SiteMap(results, recent);
        Map<String, String> scopes = new HashMap<>();
        for (PeriodResult period : results.periods()) {
            String published = results.series(period.period().span()).stream().map(PeriodResult::period)
                    .filter(p -> p.compareTo(period.period()) <= 0 && map.published(p))
                    .map(Period::toString).collect(Collectors.joining(","));
            scopes.put(period.period().toString(), dataUpTo.apply(period.period()) + ":" + published);
            // A snapshot's own open data are made from the data up to that day: a new day leaves them be.
            for (PeriodResult snapshot : results.snapshots(period.period())) {
                scopes.put(OpenData.snapshotFolder(snapshot.period()), dataUpTo.apply(snapshot.period()) + ":snapshot");
            }
        }
        return documents(results, recent).stream().map(d -> {
            String scope = scopes.get(folder(d.path(), d.path().lastIndexOf('/')));
            scope = scope != null ? scope : scopes.get(folder(d.path(), d.path().indexOf('/')));
            return scope == null ? d : d.scoped(scope);
        }).toList();
    }

    private static String folder(String path, int slash) {
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
