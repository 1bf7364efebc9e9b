package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.chiso766.load.DataFolder;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.UnitResult;

/** A printed ranking line: a unit without a total says so in the band column, where the words fit. */
class RankingRowTest {
    @Test
    void aUnitWithoutATotalHasADashAndTheWordsInTheBandColumn() throws Exception {
        PeriodResult october = Scorer.score(DataFolder.load(Path.of("data"))).latest();
        var groups = october.units().get(0).card().groups().stream().map(g -> g.group()).toList();
        UnitResult incomplete = october.units().stream().filter(u -> u.card().total().isEmpty()).findFirst().orElseThrow();
        RankingRow row = RankingRow.of(incomplete, groups);
        assertEquals("—", row.total());
        assertEquals("chưa có dữ liệu", row.band());
        assertFalse(row.complete());
        UnitResult complete = october.units().stream().filter(u -> u.card().total().isPresent()).findFirst().orElseThrow();
        assertTrue(RankingRow.of(complete, groups).complete());
    }
}
