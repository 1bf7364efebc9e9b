package vn.chiso766.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of results: a month ({@code 2026-10}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}),
 * each kind its own series, with the date of the snapshot its figures were taken on (null for a
 * period's plain, final file). The only place that knows how a period is written.
 *
 * @param span     month, quarter or year
 * @param year     the calendar year
 * @param number   the month (1–12) or quarter (1–4) within the year; 1 for a year
 * @param snapshot the day the portal showed these figures (Vietnam time), or null for the plain file
 */
public record Period(Span span, int year, int number, LocalDate snapshot) implements Comparable<Period> {
    /** The three kinds of period, shortest first. */
    public enum Span {
        MONTH, QUARTER, YEAR
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})|-Q([1-4]))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::lastDay)
            .thenComparing(Period::span)
            .thenComparing(Period::snapshot, Comparator.nullsLast(Comparator.naturalOrder()));

    public Period {
        if (span == null) {
            throw new IllegalArgumentException("span");
        }
        int max = switch (span) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("no such period: " + span + " " + year + " " + number);
        }
    }

    /** "2026-10", "2026-Q3" or "2026": a period without a snapshot; empty for any other text. */
    public static Optional<Period> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(month(year, month)) : Optional.empty();
        }
        return Optional.of(m.group(3) != null ? quarter(year, Integer.parseInt(m.group(3))) : year(year));
    }

    /** A snapshot's file name without its extension, "2026-10-05"; empty for any other text. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Period month(int year, int month) {
        return new Period(Span.MONTH, year, month, null);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Span.QUARTER, year, quarter, null);
    }

    public static Period year(int year) {
        return new Period(Span.YEAR, year, 1, null);
    }

    /** A month, as before quarters and years existed. */
    public static Period of(int year, int month) {
        return month(year, month);
    }

    public static Period of(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    /** The month, quarter or year that contains a day. */
    public static Period containing(Span span, LocalDate day) {
        return switch (span) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case YEAR -> year(day.getYear());
        };
    }

    /** The same period as figures taken on a given day. */
    public Period at(LocalDate day) {
        return new Period(span, year, number, day);
    }

    /** The same period without its snapshot date: the key of its series, files and folders. */
    public Period plain() {
        return snapshot == null ? this : new Period(span, year, number, null);
    }

    public Optional<LocalDate> snapshotDate() {
        return Optional.ofNullable(snapshot);
    }

    /** The day these figures stand for: the snapshot's day while the period ran, else its last day. */
    public LocalDate asOf() {
        return provisional() ? snapshot : lastDay();
    }

    /** Figures of a snapshot taken on or before the period's last day: the period was still running. */
    public boolean provisional() {
        return snapshot != null && !snapshot.isAfter(lastDay());
    }

    /** The same period, ignoring snapshot dates. */
    public boolean samePeriod(Period other) {
        return span == other.span && year == other.year && number == other.number;
    }

    public boolean isMonth() {
        return span == Span.MONTH;
    }

    /** The first month of the period. */
    public YearMonth firstMonth() {
        return switch (span) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, number * 3 - 2);
            case YEAR -> YearMonth.of(year, 1);
        };
    }

    /** The last month of the period. */
    public YearMonth lastMonth() {
        return switch (span) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, number * 3);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** The period of the same kind just before this one (without a snapshot). */
    public Period previous() {
        return switch (span) {
            case MONTH -> of(firstMonth().minusMonths(1));
            case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
            case YEAR -> year(year - 1);
        };
    }

    /** The period of the same kind just after this one (without a snapshot). */
    public Period next() {
        return switch (span) {
            case MONTH -> of(firstMonth().plusMonths(1));
            case QUARTER -> number == 4 ? quarter(year + 1, 1) : quarter(year, number + 1);
            case YEAR -> year(year + 1);
        };
    }

    /** Whether two periods share at least one month (targets' from/until bounds). */
    public boolean overlaps(Period other) {
        return !lastMonth().isBefore(other.firstMonth()) && !other.lastMonth().isBefore(firstMonth());
    }

    /** Periods in time order: by last day, a month before the quarter and year that end with it, snapshots by date, the plain file last. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** "2026-10", "2026-Q3" or "2026": the folder and file name of the period (never its snapshot). */
    @Override
    public String toString() {
        return switch (span) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
