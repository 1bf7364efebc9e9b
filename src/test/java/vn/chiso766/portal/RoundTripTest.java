package vn.chiso766.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.bench.PortalSet;
import vn.chiso766.load.DataFolder;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;
import vn.chiso766.sample.Sample;
import vn.chiso766.sample.SampleOptions;

/** Answers made from scored sample data, imported, score again to the same groups, totals and ranks. */
class RoundTripTest {
    @TempDir
    Path work;

    @Test
    void importedAnswersScoreAsTheDataTheyCameFrom() throws Exception {
        Path sample = work.resolve("sample");
        Sample.write(new SampleOptions(2, 4, 6, 1, YearMonth.of(2026, 10), 7), sample);
        PeriodResult original = Scorer.score(DataFolder.load(sample)).latest();
        List<Answer> answers = PortalSet.of(original);
        Path data = Files.createDirectories(work.resolve("data"));
        Importer.run(new ImportRequest(data, original.period(), answers, Retrieval.fromPortal("http://127.0.0.1",
                ImporterTest.AT), Map.of()));
        PeriodResult imported = Scorer.score(DataFolder.load(data)).latest();
        assertEquals(original.units().size(), imported.units().size());
        for (UnitResult unit : original.units()) {
            UnitResult again = imported.unit(unit.unit().code()).orElseThrow();
            for (GroupScore group : unit.card().groups()) {
                assertSame(group.points(), again.card().group(group.group().code()).orElseThrow().points(),
                        unit.unit().code() + " " + group.group().code());
            }
            assertSame(unit.card().total(), again.card().total(), unit.unit().code());
            assertEquals(unit.standing().rank(), again.standing().rank(), unit.unit().code() + " rank");
            assertEquals(unit.unit().kind(), again.unit().kind());
        }
        assertTrue(Files.isRegularFile(data.resolve("national/2026-10.csv")));
    }

    /** Equal as numbers: the import writes 12.2 where the scorer kept 12.20. */
    private static void assertSame(Optional<BigDecimal> expected, Optional<BigDecimal> actual, String what) {
        assertEquals(expected.isPresent(), actual.isPresent(), what);
        expected.ifPresent(e -> assertEquals(0, e.compareTo(actual.get()), what + ": " + e + " ≠ " + actual.get()));
    }
}
