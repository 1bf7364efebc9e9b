package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

/**
 * Draws a JFreeChart into the PDF as vectors, its labels as real text in the PDF's own font:
 * {@code <object type="application/x-chiso766-chart" name="trend" ...>} takes the chart of that
 * name. Its fonts (registered with AWT by the chart builders) are registered with the PDF too.
 */
final class ChartDrawer implements FSObjectDrawer {
    static final String TYPE = "application/x-chiso766-chart";

    private final Map<String, JFreeChart> charts;

    private ChartDrawer(Map<String, JFreeChart> charts) {
        this.charts = Map.copyOf(charts);
    }

    /** The object drawers of one document, its charts by name. */
    static FSObjectDrawerFactory factory(Map<String, JFreeChart> charts) {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new ChartDrawer(charts));
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext context, int dotsPerPixel) {
        JFreeChart chart = charts.get(element.getAttribute("name"));
        if (chart == null) {
            throw new IllegalArgumentException("no chart named \"" + element.getAttribute("name") + "\"");
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h,
                graphics -> chart.draw(graphics, new Rectangle2D.Float(0, 0, w, h)));
        return null;
    }
}
