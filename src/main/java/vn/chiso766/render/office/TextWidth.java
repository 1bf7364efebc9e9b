package vn.chiso766.render.office;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How wide a line of bold text is in Times New Roman, measured with the metric-compatible
 * Liberation Serif the project ships: the motto's rule is as long as the motto, as the standard asks.
 */
final class TextWidth {
    private static final String BOLD = "/fonts/LiberationSerif-Bold.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font FONT = load();

    private TextWidth() {
    }

    /** In twips (1/20 pt). */
    static int boldTwips(String text, float points) {
        return (int) Math.round(FONT.deriveFont(points).getStringBounds(text, CONTEXT).getWidth() * 20);
    }

    private static Font load() {
        try (InputStream in = TextWidth.class.getResourceAsStream(BOLD)) {
            if (in == null) {
                throw new IOException("no resource " + BOLD);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
