package vn.chiso766.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.chiso766.model.Period;

/**
 * Numbers and dates written the Vietnamese way: 65,54 điểm; 92,74%; 343.894 hồ sơ;
 * ngày 05/10/2026. Rounding happens here, half up, never in templates.
 */
public final class Format {
    /** What a page prints where there is no data. */
    public static final String NO_DATA = "chưa có dữ liệu";

    private Format() {
    }

    /** Points with two decimals: 65,54; 0,00. */
    public static String points(BigDecimal value) {
        return group(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Points with two decimals, or "—" for no data. */
    public static String points(Optional<BigDecimal> value) {
        return value.map(Format::points).orElse("—");
    }

    /** A signed change: +1,26; −0,28 (true minus sign); 0,00. */
    public static String signedPoints(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        String body = group(v.abs());
        return v.signum() > 0 ? "+" + body : v.signum() < 0 ? "\u2212" + body : body;
    }

    /** A signed whole number: +2; −1; 0. */
    public static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    /** A fraction as a percentage with two decimals: 0.9274 → 92,74%. */
    public static String percent(BigDecimal fraction) {
        return group(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A count with dots between thousands: 343894 → 343.894; decimals kept with a comma. */
    public static String count(BigDecimal value) {
        return group(value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.stripTrailingZeros());
    }

    public static String count(long value) {
        return count(BigDecimal.valueOf(value));
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The period's name: "tháng 09/2026", "quý III/2026", "năm 2026" (a month's name as before quarters existed). */
    public static String month(Period period) {
        return switch (period.span()) {
            case MONTH -> String.format("tháng %02d/%d", period.number(), period.year());
            case QUARTER -> "quý " + ROMAN[period.number() - 1] + "/" + period.year();
            case YEAR -> "năm " + period.year();
        };
    }

    /** The period's name in a title, with the day of provisional figures: "năm 2026 (tính đến ngày 10/10/2026)". */
    public static String title(Period period) {
        return period.provisional() ? firstMonths(period).orElse(month(period)) + asOf(period) : month(period);
    }

    /** " (tính đến ngày 10/10/2026)" for provisional figures, "" for final ones. */
    private static String asOf(Period period) {
        return period.provisional() ? " (tính đến ngày " + date(period.snapshot()) + ")" : "";
    }

    /** A year's figures up to a month's last day as letters say it: "6 tháng đầu năm 2026". */
    private static java.util.Optional<String> firstMonths(Period period) {
        java.time.LocalDate day = period.snapshot();
        boolean monthEnd = day.getDayOfMonth() == day.lengthOfMonth() && day.getMonthValue() < 12;
        return period.span() == Period.Span.YEAR && monthEnd
                ? java.util.Optional.of(day.getMonthValue() + " tháng đầu năm " + period.year())
                : java.util.Optional.empty();
    }

    /** The period in an official document's title: "tháng 09/2026", "quý III năm 2026", "năm 2026 (tính đến …)". */
    public static String formal(Period period) {
        return period.span() == Period.Span.QUARTER
                ? "quý " + ROMAN[period.number() - 1] + " năm " + period.year() + asOf(period) : title(period);
    }

    /** The line under a title for provisional figures, empty for final ones. */
    public static String provisional(Period period) {
        return period.provisional() ? "Số liệu tạm tính đến ngày " + date(period.snapshot()) : "";
    }

    /** How a sentence names the period just before: "tháng trước", "quý trước", "năm trước". */
    public static String previousWord(Period period) {
        return switch (period.span()) {
            case MONTH -> "tháng trước";
            case QUARTER -> "quý trước";
            case YEAR -> "năm trước";
        };
    }

    /** A short label for a chart's axis: "09/2026", "III/2026", "2026". */
    public static String monthShort(Period period) {
        return switch (period.span()) {
            case MONTH -> String.format("%02d/%d", period.number(), period.year());
            case QUARTER -> ROMAN[period.number() - 1] + "/" + period.year();
            case YEAR -> Integer.toString(period.year());
        };
    }

    /** "05/10/2026". */
    public static String date(java.time.LocalDate date) {
        // not String.format: a year of daily snapshots dates 45,000 table cells
        return two(date.getDayOfMonth()) + "/" + two(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** Dots between thousands, a comma before decimals. */
    static String group(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + decimals;
    }
}
