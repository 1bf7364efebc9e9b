package vn.chiso766.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How Vietnamese letters and pages write a period and a day: "tháng 09/2026", "quý III/2026",
 * "6 tháng đầu năm 2026 (tính đến ngày 30/06/2026)", "05/10/2026". Beside {@link Period}, so that
 * the portal's messages and the pages name periods the same way without reaching into rendering.
 */
public final class PeriodNames {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodNames() {
    }

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
    private static Optional<String> firstMonths(Period period) {
        LocalDate day = period.snapshot();
        boolean monthEnd = day.getDayOfMonth() == day.lengthOfMonth() && day.getMonthValue() < 12;
        return period.span() == Period.Span.YEAR && monthEnd
                ? Optional.of(day.getMonthValue() + " tháng đầu năm " + period.year())
                : Optional.empty();
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
    public static String date(LocalDate date) {
        // not String.format: a year of daily snapshots dates 45,000 table cells
        return two(date.getDayOfMonth()) + "/" + two(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
