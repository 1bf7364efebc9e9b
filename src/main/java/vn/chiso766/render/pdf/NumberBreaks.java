package vn.chiso766.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a Vietnamese decimal number on one line in the PDFs: openhtmltopdf breaks a line after the
 * comma of "−12,71", which a reader takes for two numbers. Each such number in the XHTML's text
 * (never in a tag, the title or the style sheet) is wrapped in a span that does not break.
 */
final class NumberBreaks {
    private static final Pattern RAW = Pattern.compile("(?s)<style.*?</style>|<title>.*?</title>|<[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("[−+\\-]?\\d{1,3}(?:\\.\\d{3})*,\\d+%?");
    static final String CLASS = "nb";

    private NumberBreaks() {
    }

    static String keep(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length() + 256);
        Matcher raw = RAW.matcher(xhtml);
        int at = 0;
        while (raw.find()) {
            text(xhtml.substring(at, raw.start()), out);
            out.append(raw.group());
            at = raw.end();
        }
        text(xhtml.substring(at), out);
        return out.toString();
    }

    private static void text(String text, StringBuilder out) {
        Matcher number = NUMBER.matcher(text);
        int at = 0;
        while (number.find()) {
            out.append(text, at, number.start()).append("<span class=\"").append(CLASS).append("\">")
                    .append(number.group()).append("</span>");
            at = number.end();
        }
        out.append(text, at, text.length());
    }
}
