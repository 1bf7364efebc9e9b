package vn.chiso766.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a PDF's lines may break: as Java's line breaker says, except inside a number. Left alone,
 * it breaks "−12,71" after the comma and "01/10/2026" after a slash, which a reader takes for two
 * numbers (seen in the notice). One per document: openhtmltopdf sets its text as it lays out.
 */
final class NumberAwareBreaker implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && insideNumber(text, at)) {
            at = lines.next();
        }
        return at;
    }

    /** True where a break at {@code at} would split a number: after "12," or "01/" or a minus sign, before a digit. */
    static boolean insideNumber(String text, int at) {
        if (at <= 0 || at >= text.length() || !Character.isDigit(text.charAt(at))) {
            return false;
        }
        char before = text.charAt(at - 1);
        if (before == '−' || before == '+') {
            return true;
        }
        return (before == ',' || before == '/' || before == '.') && at >= 2 && Character.isDigit(text.charAt(at - 2));
    }
}
