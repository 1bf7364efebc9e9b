package vn.chiso766.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.render.Document;
import vn.chiso766.render.office.NoticeDocuments;
import vn.chiso766.render.office.Workbooks;
import vn.chiso766.render.view.SiteMap;
import vn.chiso766.score.Results;

/**
 * What one Office file of the latest period costs, as the build makes it (view, fingerprint,
 * bytes), on one thread once warm: the workbook, and one province's Word notice. Both are
 * documents of the same parallel staging as the PDFs, so they add CPU, not a step that waits.
 */
final class OfficeFiles {
    private OfficeFiles() {
    }

    /** @return the nanoseconds of each timed run, after one untimed */
    static List<Long> workbook(Results results, int runs) throws IOException {
        List<Document> all = Workbooks.documents(new SiteMap(results, 1));
        return timed(all.get(all.size() - 1), runs);
    }

    static List<Long> notice(Results results, int runs) throws IOException {
        return timed(NoticeDocuments.of(new SiteMap(results, 1)).get(0), runs);
    }

    private static List<Long> timed(Document document, int runs) throws IOException {
        write(document);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            write(document);
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static void write(Document document) throws IOException {
        document.prepare().body().writeTo(OutputStream.nullOutputStream());
    }
}
