package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Period;

/**
 * Gia Lai's two published days as snapshots of 2026: every unit's total and rank on each day, and
 * its change between them, against what the portal published (read here, not scored).
 */
class SnapshotMovementTest {
    private static final Period YEAR = Period.year(2026);

    @TempDir
    Path dir;

    private Results results() throws Exception {
        return Scorer.score(DataFolder.load(TestData.snapshots(dir.resolve("data")), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void everySnapshotHasThePortalsTotalsAndRanks() throws Exception {
        List<PeriodResult> snapshots = results().snapshots(YEAR);
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 8)),
                snapshots.stream().map(s -> s.period().snapshot()).toList());
        for (PeriodResult snapshot : snapshots) {
            Map<String, CSVRecord> portal = portal(snapshot.period().snapshot());
            assertEquals(portal.keySet(), snapshot.byCode().keySet());
            portal.forEach((code, row) -> {
                UnitResult unit = snapshot.unit(code).orElseThrow();
                assertEquals(0, new BigDecimal(row.get("total")).compareTo(unit.card().total().orElseThrow()), code);
                assertEquals(row.get("rank"), unit.standing().rank().map(String::valueOf).orElse(""), code);
            });
        }
    }

    @Test
    void eachUnitsChangeSinceThePreviousSnapshotIsTheDifferenceOfThePortalsDays() throws Exception {
        Results results = results();
        PeriodResult latest = results.latest(Period.Span.YEAR).orElseThrow();
        Optional<PeriodResult> before = results.previousSnapshot(latest.period());
        assertEquals(LocalDate.of(2026, 10, 1), before.orElseThrow().period().snapshot());
        Map<String, CSVRecord> then = portal(LocalDate.of(2026, 10, 1));
        portal(LocalDate.of(2026, 10, 8)).forEach((code, now) -> {
            Movement movement = Movement.since(latest.unit(code).orElseThrow(), before);
            BigDecimal expected = new BigDecimal(now.get("total")).subtract(new BigDecimal(then.get(code).get("total")));
            assertEquals(0, expected.compareTo(movement.deltaTotal().orElseThrow()), code);
            assertEquals(rankChange(then.get(code), now), movement.deltaRank(), code);
        });
    }

    @Test
    void moversAreTheLargestRankChangesEachWayThenTheLargestChangeOfPoints() throws Exception {
        Results results = results();
        PeriodResult latest = results.latest(Period.Span.YEAR).orElseThrow();
        List<Movers> movers = Movers.of(latest, results.previousSnapshot(latest.period()), 2);
        assertEquals(1, movers.size(), "only the departments are ranked in one province's data");
        Map<String, CSVRecord> then = portal(LocalDate.of(2026, 10, 1));
        Map<String, CSVRecord> now = portal(LocalDate.of(2026, 10, 8));
        Comparator<String> byRise = Comparator.comparing((String c) -> -rankChange(then.get(c), now.get(c)).orElse(0))
                .thenComparing(c -> new BigDecimal(then.get(c).get("total")).subtract(new BigDecimal(now.get(c).get("total"))));
        List<String> up = now.keySet().stream().filter(c -> rankChange(then.get(c), now.get(c)).orElse(0) > 0)
                .sorted(byRise).limit(2).toList();
        List<String> down = now.keySet().stream().filter(c -> rankChange(then.get(c), now.get(c)).orElse(0) < 0)
                .sorted(byRise.reversed()).limit(2).toList();
        assertEquals(List.of("H21.24", "H21.06"), up);
        assertEquals(List.of("H21.26", "H21.05"), down);
        assertEquals(up, codes(movers.get(0).up()));
        assertEquals(down, codes(movers.get(0).down()));
    }

    @Test
    void nothingMovesWithoutAPreviousSnapshot() throws Exception {
        Results results = results();
        PeriodResult first = results.snapshots(YEAR).get(0);
        Optional<PeriodResult> before = results.previousSnapshot(first.period());
        assertTrue(before.isEmpty());
        assertEquals(List.of(), Movers.of(first, before, 5));
        Movement movement = Movement.since(first.unit("H21.17").orElseThrow(), before);
        assertTrue(movement.deltaTotal().isEmpty() && movement.deltaRank().isEmpty());
    }

    private static List<String> codes(List<Movement> movements) {
        return movements.stream().map(m -> m.now().unit().code()).toList();
    }

    private static Optional<Integer> rankChange(CSVRecord then, CSVRecord now) {
        if (then.get("rank").isEmpty() || now.get("rank").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(then.get("rank")) - Integer.parseInt(now.get("rank")));
    }

    private static Map<String, CSVRecord> portal(LocalDate day) {
        return TestData.portalOn(day);
    }
}
