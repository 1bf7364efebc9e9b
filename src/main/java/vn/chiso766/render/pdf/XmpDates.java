package vn.chiso766.render.pdf;

import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.xmpbox.DateConverter;

/**
 * Gives the XMP packet openhtmltopdf writes (dated by the clock) the document's own date, as
 * creation, modification and metadata date. The packet is edited as text, not parsed and
 * written again: that cost 2 ms, 6 % of a scorecard. A packet of another shape (a new
 * openhtmltopdf) is an error rather than a PDF silently dated by the clock.
 */
final class XmpDates {
    private static final Pattern CREATED = Pattern.compile("([ \\t]*)<xmp:CreateDate>[^<]*</xmp:CreateDate>(\\r?\\n)");
    private static final Pattern OTHERS = Pattern.compile("[ \\t]*<xmp:(ModifyDate|MetadataDate)>[^<]*</xmp:\\1>\\r?\\n");

    private XmpDates() {
    }

    static String set(String xmp, Calendar date) {
        String undated = OTHERS.matcher(xmp).replaceAll("");
        Matcher created = CREATED.matcher(undated);
        if (!created.find()) {
            throw new IllegalStateException("openhtmltopdf's XMP packet has no xmp:CreateDate line");
        }
        int start = created.start();
        int end = created.end();
        String indent = created.group(1);
        String newline = created.group(2);
        if (created.find()) {
            throw new IllegalStateException("openhtmltopdf's XMP packet has two xmp:CreateDate lines");
        }
        String value = DateConverter.toISO8601(date);
        StringBuilder dates = new StringBuilder();
        for (String property : new String[] {"CreateDate", "ModifyDate", "MetadataDate"}) {
            dates.append(indent).append("<xmp:").append(property).append('>').append(value)
                    .append("</xmp:").append(property).append('>').append(newline);
        }
        return undated.substring(0, start) + dates + undated.substring(end);
    }
}
