package vn.chiso766.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.chiso766.render.html.Templates;

/**
 * The templates of the PDFs, templates/pdf/*.ftlh, rendered with the site's FreeMarker set-up.
 * The output is XHTML for openhtmltopdf, normalised to NFC: there is no glyph shaping, so a
 * decomposed accent would be drawn beside its letter.
 */
final class PdfTemplates {
    static final String FOLDER = "pdf/";
    /** The shared layout and macros every PDF template includes. */
    static final List<String> SHARED = List.of("layout.ftlh", "scorecard.ftlh");

    private PdfTemplates() {
    }

    /** Classpath names of a template and the shared ones, for fingerprints. */
    static List<String> resources(String template) {
        return Stream.concat(SHARED.stream(), Stream.of(template)).distinct()
                .map(name -> "templates/" + FOLDER + name).toList();
    }

    static String render(String template, Map<String, Object> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Templates.render(FOLDER + template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Normalizer.normalize(out.toString(StandardCharsets.UTF_8), Normalizer.Form.NFC);
    }
}
