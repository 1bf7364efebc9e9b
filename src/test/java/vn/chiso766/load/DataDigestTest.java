package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Period;

/** A period's digest covers every file but those of later periods. */
class DataDigestTest {
    @TempDir
    Path tmp;

    private TestData data() {
        return TestData.in(tmp).units("code,name,kind,parent\nP,Tỉnh P,PROVINCE,\n")
                .period("2026-08", "a").period("2026-09", "b")
                .file("national/2026-09.csv", "c").file("sources/2026-09.properties", "d");
    }

    @Test
    void aLaterPeriodsFilesLeaveAnEarlierPeriodsDigest() throws Exception {
        data();
        DataDigest before = DataDigest.of(tmp);
        TestData.in(tmp).period("2026-10", "e").file("national/2026-10.csv", "f")
                .file("sources/2026-10.properties", "g").file("cong-dvc/2026-10/P/tree.json", "h");
        DataDigest after = DataDigest.of(tmp);
        assertEquals(before.upTo(Period.of(2026, 9)), after.upTo(Period.of(2026, 9)));
        assertNotEquals(before.whole(), after.whole());
        assertNotEquals(after.upTo(Period.of(2026, 9)), after.upTo(Period.of(2026, 10)));
    }

    @Test
    void anEarlierPeriodsOrASharedFileChangesTheDigestsOfTheLaterPeriods() throws Exception {
        data();
        String before = DataDigest.of(tmp).upTo(Period.of(2026, 9));
        TestData.in(tmp).period("2026-08", "a2");
        String revised = DataDigest.of(tmp).upTo(Period.of(2026, 9));
        assertNotEquals(before, revised);
        TestData.in(tmp).units("code,name,kind,parent\nP,Tỉnh P mới,PROVINCE,\n");
        assertNotEquals(revised, DataDigest.of(tmp).upTo(Period.of(2026, 9)));
        TestData.in(tmp).file("notes.txt", "x");
        assertNotEquals(DataDigest.of(tmp).whole(), revised);
    }

    @Test
    void aFileIsAPeriodsByItsNameOrAFolders() {
        assertEquals(Optional.of(Period.of(2026, 9)), DataDigest.periodOf("scores/2026-09.xlsx"));
        assertEquals(Optional.of(Period.of(2026, 9)), DataDigest.periodOf("sources/2026-09.properties"));
        assertEquals(Optional.of(Period.of(2026, 10)), DataDigest.periodOf("cong-dvc/2026-10/H21/a.json"));
        assertEquals(Optional.empty(), DataDigest.periodOf("units.csv"));
        assertEquals(Optional.empty(), DataDigest.periodOf("catalogue/2026-13.csv"));
        assertEquals(Optional.empty(), DataDigest.periodOf("cong-dvc-2026-10/a.json"));
    }

    @Test
    void aSnapshotIsItsPeriodsOnItsDayAndALaterDayLeavesItsDigest() throws Exception {
        assertEquals(Optional.of(Period.year(2026).at(java.time.LocalDate.of(2026, 10, 5))),
                DataDigest.periodOf("scores/2026/2026-10-05.csv"));
        data().file("scores/2026/2026-10-01.csv", "s1");
        Period first = Period.year(2026).at(java.time.LocalDate.of(2026, 10, 1));
        DataDigest before = DataDigest.of(tmp);
        TestData.in(tmp).file("scores/2026/2026-10-08.csv", "s2");
        DataDigest after = DataDigest.of(tmp);
        assertEquals(before.upTo(first), after.upTo(first));
        assertNotEquals(before.upTo(Period.year(2026)), after.upTo(Period.year(2026)));
    }
}
