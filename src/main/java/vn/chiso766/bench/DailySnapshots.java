package vn.chiso766.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Daily snapshots of a year from a province's monthly sample data (scores/YYYY-MM.csv, long form):
 * each day's file holds the year's figures so far, as the portal shows them. Counts are the months
 * before summed plus the day's share of its month (so they drift a little each day, as the portal's
 * do); a score given without counts moves linearly from the previous month's to its month's.
 */
final class DailySnapshots {
    private static final String HEADER = "unit_code,indicator,numerator,denominator,score\n";

    /** One row of a month: counts as longs (-1 for none), the given score as text ("" for none). */
    private record Row(String unit, String indicator, long numerator, long denominator, String score) {
    }

    private DailySnapshots() {
    }

    /**
     * Writes units.csv and scores/{year}/{day}.csv for {@code days} days from 1 January into {@code to}.
     *
     * @return the day of the last snapshot
     */
    static LocalDate write(Path monthly, Path to, int year, int days) throws IOException {
        LocalDate last = LocalDate.of(year, 1, 1).plusDays(days - 1L);
        List<List<Row>> months = new ArrayList<>();
        for (int m = 1; m <= last.getMonthValue(); m++) {
            months.add(read(monthly.resolve("scores").resolve(String.format("%d-%02d.csv", year, m))));
        }
        List<Map<String, long[]>> before = cumulated(months);
        Path folder = to.resolve("scores").resolve(Integer.toString(year));
        Files.createDirectories(folder);
        Files.copy(monthly.resolve("units.csv"), to.resolve("units.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IntStream.range(0, days).parallel().forEach(n -> {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(n);
            try {
                Files.writeString(folder.resolve(day + ".csv"), day(months, before, day), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return last;
    }

    private static String day(List<List<Row>> months, List<Map<String, long[]>> before, LocalDate day) {
        int m = day.getMonthValue() - 1;
        double share = (double) day.getDayOfMonth() / day.lengthOfMonth();
        Map<String, Row> previousMonth = m == 0 ? Map.of() : byKey(months.get(m - 1));
        StringBuilder csv = new StringBuilder(HEADER);
        for (Row row : months.get(m)) {
            String key = row.unit() + "," + row.indicator();
            csv.append(key).append(',');
            if (row.numerator() >= 0 && row.denominator() >= 0) {
                long[] sum = before.get(m).getOrDefault(key, new long[2]);
                csv.append(sum[0] + (long) Math.floor(share * row.numerator())).append(',')
                        .append(sum[1] + (long) Math.floor(share * row.denominator())).append(",\n");
            } else if (!row.score().isEmpty()) {
                Row was = previousMonth.get(key);
                BigDecimal from = new BigDecimal(was == null || was.score().isEmpty() ? row.score() : was.score());
                BigDecimal to = new BigDecimal(row.score());
                BigDecimal score = from.add(to.subtract(from).multiply(BigDecimal.valueOf(share)));
                csv.append(",,").append(score.setScale(2, RoundingMode.HALF_UP).toPlainString()).append('\n');
            } else {
                csv.append(",,\n");
            }
        }
        return csv.toString();
    }

    /** For each month, the counts of the months before it summed, by "unit,indicator". */
    private static List<Map<String, long[]>> cumulated(List<List<Row>> months) {
        List<Map<String, long[]>> before = new ArrayList<>();
        Map<String, long[]> sum = new HashMap<>();
        for (List<Row> month : months) {
            Map<String, long[]> copy = new HashMap<>();
            sum.forEach((k, v) -> copy.put(k, v.clone()));
            before.add(copy);
            for (Row row : month) {
                if (row.numerator() >= 0 && row.denominator() >= 0) {
                    long[] s = sum.computeIfAbsent(row.unit() + "," + row.indicator(), k -> new long[2]);
                    s[0] += row.numerator();
                    s[1] += row.denominator();
                }
            }
        }
        return before;
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        Map<String, Row> map = new HashMap<>();
        rows.forEach(r -> map.put(r.unit() + "," + r.indicator(), r));
        return map;
    }

    /** The sample's own long form: plain commas, no quotes, header first. */
    private static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.add(new Row(cells[0], cells[1], count(cells[2]), count(cells[3]), cells[4]));
        }
        return rows;
    }

    private static long count(String cell) {
        return cell.isEmpty() ? -1 : Long.parseLong(cell);
    }
}
