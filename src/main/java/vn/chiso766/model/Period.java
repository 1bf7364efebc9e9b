package vn.chiso766.model;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A month of results, written YYYY-MM as in the file names of the data folder. */
public record Period(YearMonth month) implements Comparable<Period> {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");

    public static Optional<Period> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Period(YearMonth.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    public int year() {
        return month.getYear();
    }

    public int monthValue() {
        return month.getMonthValue();
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    /** "2026-09": the folder and file name of the period. */
    @Override
    public String toString() {
        return month.toString();
    }
}
