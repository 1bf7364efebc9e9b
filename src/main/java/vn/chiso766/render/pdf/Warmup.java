package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Loads and runs the PDF engine once on a few lines while the build still reads and scores its
 * data on one core: the classes, static tables and first interpreted runs of openhtmltopdf,
 * PDFBox and the fonts would otherwise fall on the first documents, in the critical path of a
 * two-core machine (a province's monthly job: 0.91 of the time without it, README "Hiệu năng").
 * What it draws is thrown away; if it fails, the build meets the same failure in its own
 * documents and reports it there. It starts only when there is something to build.
 */
public final class Warmup {
    private static final String XHTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta charset="UTF-8"/><title>Khởi động</title>
            <meta name="subject" content="Khởi động"/><style>
            @page { size: A4; margin: 20mm; @bottom-center { content: counter(page); font-family: 'Liberation Serif'; } }
            body { font-family: 'Liberation Serif'; font-size: 13pt; }
            table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 1mm; }
            </style></head><body><h1>Kết quả Bộ chỉ số</h1><p>Điểm <b>đạt</b> <i>tối đa</i> <b><i>hạng</i></b>.</p>
            <table><thead><tr><th>Nhóm tiêu chí</th><th>Điểm</th></tr></thead>
            <tbody><tr><td>Công khai, minh bạch</td><td>−12,71</td></tr></tbody></table></body></html>
            """;

    private Warmup() {
    }

    /** Starts the warm-up beside the caller; the JVM does not wait for it. */
    public static void start() {
        Thread thread = new Thread(Warmup::run, "chiso766-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            draw();
        } catch (Throwable e) { // even out of memory: this thread must print nothing
            // Only an optimisation: the documents themselves meet any failure and report it in
            // words (a stack trace of this thread's own would reach the user's screen).
        }
    }

    /** The throw-away PDF: a heading, bold and italic text, a table and a page number. */
    static byte[] draw() throws IOException {
        FSObjectDrawerFactory none = ChartDrawer.factory(Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(XHTML, LocalDate.of(2026, 1, 1), none, out);
        return out.toByteArray();
    }
}
