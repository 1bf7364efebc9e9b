package vn.chiso766.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    /**
     * Parsed faces, kept per rendering thread: parsing a TrueType file is a tenth of a
     * scorecard's cost, and a parsed font is not safe to share between threads.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private PdfFonts() {
    }

    /** Classpath names of the font files, for fingerprints. */
    static List<String> resources() {
        return FACES.stream().map(Face::resource).toList();
    }

    /** Registers every face for a document; a face is loaded only when the document uses it. */
    static void register(PdfRendererBuilder builder, PDDocument document) {
        for (Face face : FACES) {
            builder.useFont(new LazyFont(document, face.resource()), face.family(), face.weight(), face.style(), true);
        }
    }

    /** The same faces as openhtmltopdf loads them by default (the benchmark's plain render). */
    static void registerPlain(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> PdfFonts.class.getResourceAsStream("/" + face.resource()), face.family(),
                    face.weight(), face.style(), true);
        }
    }

    /**
     * Loads a face into one document, with glyph substitution off: PDFBox would otherwise
     * compile a regular expression for every string it draws (half the rendering time), for
     * ligatures that Vietnamese text does not need.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final String resource;
        private PDFont font;

        LazyFont(PDDocument document, String resource) {
            super(null);
            this.document = document;
            this.resource = resource;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed(resource), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /** This thread's parsed face; PDType0Font.load(document, ttf, …) leaves it open for reuse. */
    private static TrueTypeFont parsed(String resource) throws IOException {
        TrueTypeFont ttf = PARSED.get().get(resource);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(resource)));
            ttf.setEnableGsub(false);
            PARSED.get().put(resource, ttf);
        }
        return ttf;
    }

    private static byte[] bytes(String resource) {
        return BYTES.computeIfAbsent(resource, name -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/" + name)) {
                if (in == null) {
                    throw new IOException("missing font in the jar: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
