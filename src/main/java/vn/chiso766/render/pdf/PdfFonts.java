package vn.chiso766.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import vn.chiso766.render.chart.ChartFonts;

/**
 * The typefaces of every PDF, shipped in the jar so that no font of the machine is needed,
 * embedded and subset: Liberation Serif (Times New Roman metrics, full Vietnamese, OFL) for the
 * text, and the charts' own Be Vietnam Pro, so that chart labels drawn through Java2D stay
 * real text in the PDF's fonts.
 */
final class PdfFonts {
    /** The CSS font-family of the templates. */
    static final String FAMILY = "Liberation Serif";

    private record Face(String resource, String family, int weight, FontStyle style) {
        static Face of(String resource, String family) {
            return new Face(resource, family, resource.contains("Bold") ? 700 : 400,
                    resource.contains("Italic") ? FontStyle.ITALIC : FontStyle.NORMAL);
        }
    }

    private static final List<Face> FACES = Stream.concat(
            Stream.of("Regular", "Bold", "Italic", "BoldItalic")
                    .map(face -> Face.of("fonts/LiberationSerif-" + face + ".ttf", FAMILY)),
            ChartFonts.RESOURCES.stream().map(resource -> Face.of(resource, ChartFonts.FAMILY))).toList();

    private PdfFonts() {
    }

    /** Classpath names of the font files, for fingerprints. */
    static List<String> resources() {
        return FACES.stream().map(Face::resource).toList();
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.resource()), face.family(), face.weight(), face.style(), true);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing font in the jar: " + resource));
        }
        return in;
    }
}
