package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import vn.chiso766.render.chart.Figure;
import org.w3c.dom.Element;

/**
 * Draws a shared chart (a {@link Figure}) into the PDF as vectors, its labels as real text in the PDF's own font:
 * {@code <object type="application/x-chiso766-chart" name="trend" ...>} takes the chart of that
 * name. Its fonts (registered with AWT by the chart builders) are registered with the PDF too.
 */
final class ChartDrawer implements FSObjectDrawer {
    static final String TYPE = "application/x-chiso766-chart";
    private static final float PRINT_SCALE = 0.75f;

    private final Map<String, Figure> charts;

    private ChartDrawer(Map<String, Figure> charts) {
        this.charts = Map.copyOf(charts);
    }

    /** The object drawers of one document, its charts by name. */
    static FSObjectDrawerFactory factory(Map<String, Figure> charts) {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new ChartDrawer(charts));
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext context, int dotsPerPixel) {
        Figure figure = charts.get(element.getAttribute("name"));
        if (figure == null) {
            throw new IllegalArgumentException("no chart named \"" + element.getAttribute("name") + "\"");
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        // Laid out on a box a third larger, then shrunk to fit: 11–12 pt chart text prints at 8–9 pt.
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
            graphics.scale(PRINT_SCALE, PRINT_SCALE);
            figure.chart().draw(graphics, new Rectangle2D.Float(0, 0, w / PRINT_SCALE, h / PRINT_SCALE));
            letGo(graphics);
        });
        return null;
    }

    /**
     * Cuts the chart's Graphics2D from openhtmltopdf once the chart is drawn. Every Graphics is
     * finalizable ({@code java.awt.Graphics.finalize}), so it outlives its document until the
     * finalizer thread reaches it, one or more collections later; through openhtmltopdf's font
     * drawer it held the whole laid-out document (DOM, styles, boxes), copied from collection
     * to collection and into the old generation: a tenth of the country's build was spent
     * collecting. Only text drawing uses the font drawer, and the chart is drawn; what is left
     * (the form's {@code dispose()} and placing it) does not.
     */
    private static void letGo(Graphics2D graphics) {
        if (graphics instanceof PdfBoxGraphics2D pdf) {
            pdf.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer());
        }
    }
}
