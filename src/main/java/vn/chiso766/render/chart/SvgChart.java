package vn.chiso766.render.chart;

import freemarker.template.utility.StringUtil;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private SvgChart() {
    }

    /** A coordinate with at most two decimals and no trailing zeros: pages stay small, bytes stay stable. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @param id unique on its page, [a-z0-9-] */
    public static String svg(Figure figure, String id) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("unsafe chart id: " + id);
        }
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> FONT_FAMILY);
        g.setGeomDoubleConverter(SvgChart::number);
        g.setTransformDoubleConverter(SvgChart::number);
        figure.chart().draw(g, new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, figure.width(), figure.height()), null, null)
                .replace(JFREESVG_NAMESPACE, "");
        int open = element.indexOf('>');
        return element.substring(0, open)
                + " role=\"img\" class=\"chart\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + StringUtil.XMLEnc(figure.title()) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + StringUtil.XMLEnc(figure.description()) + "</desc>"
                + element.substring(open + 1);
    }
}
