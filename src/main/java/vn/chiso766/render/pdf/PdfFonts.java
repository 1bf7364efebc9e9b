package vn.chiso766.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one typeface of every PDF: Liberation Serif (Times New Roman metrics, full Vietnamese,
 * OFL), shipped in the jar so that no font of the machine is needed. Registered for every
 * face with openhtmltopdf (embedded, subset) and with AWT for the charts' labels.
 */
final class PdfFonts {
    /** The CSS font-family of the templates. */
    static final String FAMILY = "Liberation Serif";

    private record Face(String resource, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("fonts/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("fonts/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("fonts/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("fonts/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private static boolean awtRegistered;

    private PdfFonts() {
    }

    /** Classpath names of the font files, for fingerprints. */
    static List<String> resources() {
        return FACES.stream().map(Face::resource).toList();
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.resource()), FAMILY, face.weight(), face.style(), true);
        }
    }

    /** Makes the family known to Java2D so that chart text is drawn in it, as text. */
    static synchronized void registerWithAwt() {
        if (awtRegistered) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face face : FACES) {
            try (InputStream in = open(face.resource())) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load " + face.resource(), e);
            }
        }
        awtRegistered = true;
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing font in the jar: " + resource));
        }
        return in;
    }
}
