package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;

/** Dated snapshots of a running period: which figures a period takes, and every misnamed or misdated file refused. */
class SnapshotsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    static final String UNITS = "code,name,kind,parent\nP,UBND tỉnh Mẫu,PROVINCE,\nS1,Sở Tư pháp,AGENCY,P\n";

    @TempDir
    Path dir;

    private TestData data() {
        return TestData.in(dir).units(UNITS);
    }

    private static String scores(String ckmb) {
        return "unit_code,CKMB\nS1," + ckmb + "\n";
    }

    private List<Problem> problems() {
        return assertThrows(LoadException.class, () -> DataFolder.load(dir, TODAY)).problems();
    }

    private static String ckmb(PeriodData data) {
        return data.observations().get(0).score().orElseThrow().toPlainString();
    }

    @Test
    void aRunningPeriodTakesItsLatestSnapshotAndKeepsTheOthersAsHistory() throws Exception {
        data().file("scores/2026/2026-10-05.csv", scores("10")).file("scores/2026/2026-10-10.csv", scores("11"))
                .file("scores/2026/2026-10-08.csv", scores("12")).period("2026-09", scores("9"));
        Dataset d = DataFolder.load(dir, TODAY);
        assertEquals(2, d.periods().size());
        PeriodData year = d.periods().stream().filter(p -> p.period().span() == Period.Span.YEAR).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 10), year.period().snapshot());
        assertEquals("11", ckmb(year));
        assertEquals(List.of("10", "12", "11"), d.snapshots(Period.year(2026)).stream().map(SnapshotsTest::ckmb).toList());
    }

    @Test
    void aPlainFileIsFinalOverItsSnapshots() throws Exception {
        data().file("scores/2026-Q3/2026-09-20.csv", scores("10")).period("2026-Q3", scores("13"));
        Dataset d = DataFolder.load(dir, TODAY);
        assertNull(d.periods().get(0).period().snapshot());
        assertEquals("13", ckmb(d.periods().get(0)));
        assertEquals(1, d.snapshots(Period.quarter(2026, 3)).size());
    }

    @Test
    void snapshotsOfNationalListsAndSourcesAreRead() throws Exception {
        String national = "province_code,province_name,department_id,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,total,delta_total\n"
                + "P,UBND tỉnh Mẫu,abc,10,10,10,5,10,10,55,\n";
        data().file("scores/2026/2026-10-10.csv", scores("11")).file("national/2026/2026-10-10.csv", national);
        Dataset d = DataFolder.load(dir, TODAY);
        assertEquals(LocalDate.of(2026, 10, 10), d.national(d.periods().get(0).period()).orElseThrow().period().snapshot());
    }

    @Test
    void aSnapshotBeforeItsPeriodIsRefused() {
        data().file("scores/2026-Q4/2026-09-30.csv", scores("1"));
        Problem p = problems().get(0);
        assertTrue(p.file().endsWith("2026-09-30.csv"), p.toString());
        assertTrue(p.message().contains("trước ngày đầu kỳ 2026-Q4"), p.message());
    }

    @Test
    void aSnapshotInTheFutureIsRefused() {
        data().file("scores/2026/2026-10-13.csv", scores("1"));
        assertTrue(problems().get(0).message().contains("ở tương lai"), problems().toString());
    }

    @Test
    void misnamedSnapshotsAndFoldersAreRefusedNamingTheFile() {
        data().file("scores/2026/10-10-2026.csv", scores("1")).file("scores/nam-2026/2026-10-10.csv", scores("1"))
                .file("scores/2026/2026-02-30.csv", scores("1"));
        List<String> files = problems().stream().map(p -> Path.of(p.file()).getFileName().toString()).toList();
        assertEquals(List.of("10-10-2026.csv", "2026-02-30.csv", "nam-2026"), files);
    }

    @Test
    void twoSnapshotsOfOneDayAreRefused() {
        data().file("scores/2026/2026-10-10.csv", scores("1")).bytes("scores/2026/2026-10-10.xlsx", new byte[] {1});
        Problem p = problems().get(0);
        assertTrue(p.message().contains("ngày 2026-10-10 của kỳ 2026") && p.message().contains("Mỗi ngày chỉ một"),
                p.message());
    }

    @Test
    void snapshotFilesBelongToTheirPeriodForReuse() throws Exception {
        data().file("scores/2026/2026-10-10.csv", scores("1")).period("2026-09", scores("2"));
        DataDigest before = DataDigest.of(dir);
        data().file("scores/2026/2026-10-11.csv", scores("3"));
        DataDigest after = DataDigest.of(dir);
        assertEquals(before.upTo(Period.month(2026, 9)), after.upTo(Period.month(2026, 9)),
                "a new day of the year leaves the months' documents as they were");
        assertTrue(!before.upTo(Period.year(2026)).equals(after.upTo(Period.year(2026))));
    }
}
