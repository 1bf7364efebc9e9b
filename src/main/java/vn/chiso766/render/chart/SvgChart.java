package vn.chiso766.render.chart;

import freemarker.template.utility.StringUtil;
import java.awt.geom.Rectangle2D;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link Figure} as an inline SVG element: vector, sized by its viewBox (CSS sets the
 * width), ids prefixed by the caller's id so that several charts share a page and the same
 * data always gives the same bytes, with title and desc for screen readers.
 */
public final class SvgChart {
    /** JFreeSVG quotes attributes with ', so the family name takes ". */
    private static final String FONT_FAMILY = "\"" + ChartFonts.FAMILY + "\", sans-serif";
    /** A namespace declaration of JFreeSVG's own that no attribute uses and HTML does not allow. */
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";
    private static final Pattern SAFE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private SvgChart() {
    }

    /**
     * A coordinate with at most two decimals and no trailing zeros: pages stay small, bytes stay
     * stable. Integer arithmetic, because this runs for every point of every chart.
     */
    static String number(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        long magnitude = Math.abs(hundredths);
        long whole = magnitude / 100;
        int fraction = (int) (magnitude % 100);
        if (fraction == 0) {
            return magnitude == 0 ? "0" : sign + whole;
        }
        String decimals = fraction % 10 == 0 ? String.valueOf(fraction / 10) : (fraction < 10 ? "0" : "") + fraction;
        return sign + whole + "." + decimals;
    }

    /** @param id unique on its page, [a-z0-9-] */
    public static String svg(Figure figure, String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("unsafe chart id: " + id);
        }
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> FONT_FAMILY);
        g.setGeomDoubleConverter(SvgChart::number);
        g.setTransformDoubleConverter(SvgChart::number);
        figure.chart().draw(g, new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, figure.width(), figure.height()), null, null);
        // One copy of the chart's text, not one per edit: a page's charts are most of the garbage a build makes.
        int open = element.indexOf('>');
        int namespace = element.lastIndexOf(JFREESVG_NAMESPACE, open);
        String title = StringUtil.XMLEnc(figure.title());
        String description = StringUtil.XMLEnc(figure.description());
        StringBuilder svg = new StringBuilder(element.length() + 160 + 2 * id.length() + title.length()
                + description.length());
        if (namespace < 0) {
            svg.append(element, 0, open);
        } else {
            svg.append(element, 0, namespace).append(element, namespace + JFREESVG_NAMESPACE.length(), open);
        }
        return svg.append(" role=\"img\" class=\"chart\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">").append("<title id=\"").append(id).append("-title\">").append(title)
                .append("</title>").append("<desc id=\"").append(id).append("-desc\">").append(description)
                .append("</desc>").append(element, open + 1, element.length()).toString();
    }
}
