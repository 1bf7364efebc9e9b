package vn.chiso766.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.text.TextUtils;

/**
 * The charts' typeface, Be Vietnam Pro (OFL, shipped in fonts/): registered with AWT once so
 * that text is measured and drawn with the same metrics on every machine, whatever fonts it
 * has. Web pages load the same files through @font-face, so SVG text matches its layout.
 */
public final class ChartFonts {
    public static final String FAMILY = "Be Vietnam Pro";
    /** Classpath names of the font files, for fingerprints and for copying into the site. */
    public static final List<String> RESOURCES = List.of("fonts/BeVietnamPro-Regular.ttf",
            "fonts/BeVietnamPro-Bold.ttf", "fonts/BeVietnamPro-Italic.ttf");

    static {
        // JFreeChart draws rotated labels through a TextLayout by default (a workaround for
        // old JDKs), which SVG and PDF receive as glyph outlines: no real text, and most of the
        // time a page's charts take. Plain drawString keeps them text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String resource : RESOURCES) {
            environment.registerFont(load(resource));
        }
    }

    private ChartFonts() {
    }

    public static Font regular(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }

    public static Font bold(float size) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font: " + resource, e);
        }
    }
}
