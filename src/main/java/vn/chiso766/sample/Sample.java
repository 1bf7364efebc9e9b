package vn.chiso766.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;

/**
 * The seeded sample-data generator: writes units.csv and scores/YYYY-MM.csv of demonstration
 * provinces in the input contract (long form). A tool beside the pipeline: nothing in load,
 * score or render uses it. It never writes the catalogue nor publication.properties.
 */
public final class Sample {
    public static final String UNITS = "units.csv";
    public static final String SCORES = "scores";

    private Sample() {
    }

    /** What was written. */
    public record Summary(int units, List<Period> periods, long rows) {
    }

    public static Summary write(SampleOptions options, Path out) throws IOException {
        List<ProvincePlan> plans = Roster.plan(options);
        List<Unit> units = Roster.units(plans);
        Files.createDirectories(out.resolve(SCORES));
        write(out.resolve(UNITS), unitsCsv(units));
        List<Period> periods = options.periods();
        // Months are independent (each draws from its own streams): written in parallel, same bytes.
        long rows;
        try {
            rows = IntStream.range(0, periods.size()).parallel()
                    .mapToLong(m -> writeMonth(plans, m, periods.get(m), options.seed(), out)).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(units.size(), periods, rows);
    }

    private static long writeMonth(List<ProvincePlan> plans, int month, Period period, long seed, Path out) {
        List<Row> rows = rows(plans, month, period, seed);
        StringBuilder csv = new StringBuilder(rows.size() * 40).append(Row.HEADER).append('\n');
        rows.forEach(r -> r.appendTo(csv));
        try {
            write(out.resolve(SCORES).resolve(period + ".csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    /**
     * Period files already in {@code out/scores} that this run would not replace: mixed with
     * new units they would not load, so the command refuses rather than delete a user's file.
     */
    public static List<Path> stale(SampleOptions options, Path out) throws IOException {
        Path scores = out.resolve(SCORES);
        if (!Files.isDirectory(scores)) {
            return List.of();
        }
        Set<String> written = options.periods().stream().map(p -> p + ".csv").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(scores)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .filter(f -> !written.contains(f.getFileName().toString())).sorted().toList();
        }
    }

    /** Every row of one month: each province's own group scores first, then its units. */
    static List<Row> rows(List<ProvincePlan> plans, int month, Period period, long seed) {
        List<Row> rows = new ArrayList<>();
        for (ProvincePlan plan : plans) {
            Publication publication = Publication.of(plan, month, seed);
            Tally tally = new Tally();
            List<Row> members = new ArrayList<>();
            for (Profile unit : plan.members()) {
                if (unit.missingMonth() != month) {
                    members.addAll(UnitMonth.rows(unit, month, period, publication, tally, seed));
                }
            }
            rows.addAll(tally.groupRows(plan.unit().code()));
            rows.addAll(members);
        }
        return rows;
    }

    static StringBuilder unitsCsv(List<Unit> units) {
        StringBuilder csv = new StringBuilder("code,name,kind,parent\n");
        for (Unit u : units) {
            csv.append(u.code()).append(',').append(quoted(u.name())).append(',').append(u.kind().name())
                    .append(',').append(u.parent().orElse("")).append('\n');
        }
        return csv;
    }

    /** RFC 4180 quoting where a name needs it ("Sở Văn hóa, Thể thao và Du lịch"). */
    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
