package vn.chiso766.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.chart.ChartFonts;

/** The site's style sheet, script and fonts (with their licence), copied from the classpath: no CDN. */
final class Assets {
    static final String CSS = "templates/assets/site.css";
    static final String SCRIPT = "templates/assets/site.js";
    static final String LICENCE = "fonts/OFL.txt";

    private Assets() {
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        documents.add(copy(CSS, "assets/site.css"));
        documents.add(copy(SCRIPT, "assets/site.js"));
        for (String font : ChartFonts.RESOURCES) {
            documents.add(copy(font, "assets/" + font));
        }
        documents.add(copy(LICENCE, "assets/" + LICENCE));
        return documents;
    }

    private static Document copy(String resource, String path) {
        return Document.of(path, Fingerprint.of(List.of(resource)), out -> {
            try (InputStream in = Assets.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IOException("missing resource: " + resource);
                }
                in.transferTo(out);
            }
        });
    }
}
