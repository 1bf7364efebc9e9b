package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.cli.Bench.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.Trees;

/** Bad input, structure: a file that is not the table the contract describes is refused at its place. */
class BadStructureTest {
    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    @Test
    void emptyUnitsFile_isRejectedAskingForTheHeader() {
        bench.data().units("");
        assertProblem(bench.rejected(), "units.csv", "tệp rỗng", "tiêu đề");
    }

    @Test
    void blankPeriodFile_isRejected() {
        bench.data().period("2026-10", " \n\n");
        assertProblem(bench.rejected(), "2026-10.csv", "tệp rỗng");
    }

    @Test
    void headerOnlyUnitsFile_isRejectedAsHavingNoUnits() {
        bench.data().units("code,name,kind,parent\n");
        assertProblem(bench.rejected(), "units.csv", "không có đơn vị nào");
    }

    @Test
    void headerOnlyPeriodFile_isRejectedAsHavingNoData() {
        bench.data().period("2026-10", Bench.LONG);
        assertProblem(bench.rejected(), "2026-10.csv", "chỉ có dòng tiêu đề");
    }

    @Test
    void missingKindColumn_isRejectedNamingTheColumn() {
        bench.data().units(Bench.UNITS.lines().map(l -> l.substring(0, l.lastIndexOf(',', l.lastIndexOf(',') - 1))
                + l.substring(l.lastIndexOf(','))).reduce("", (a, l) -> a + l + "\n"));
        assertProblem(bench.rejected(), "units.csv, dòng 1", "thiếu cột \"kind\"");
    }

    @Test
    void longFormWithoutDenominatorColumn_isRejectedNamingTheColumn() {
        bench.data().period("2026-10", "unit_code,indicator,numerator,score\nH99,CKMB,,11.79\n");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 1", "thiếu cột \"denominator\"");
    }

    @Test
    void duplicateColumn_isRejectedAtTheSecondOne() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("MDSH,MDHL", "MDSH,MDSH"));
        assertProblem(bench.rejected(), "2026-09.csv, dòng 1, cột 7 (MDSH)", "hai lần");
    }

    @Test
    void rowWithTooFewCells_isRejectedAtItsLine() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("H99.02,11.79,19.59,", "H99.02,11.79,"));
        assertProblem(bench.rejected(), "2026-09.csv, dòng 4", "6 cột", "7 cột", "dấu phân cách");
    }

    @Test
    void rowWithTooManyCells_isRejectedAtItsLine() {
        bench.data().units(Bench.UNITS.replace("Sở Tư pháp,AGENCY,H99", "Sở Tư pháp,AGENCY,H99,thừa"));
        assertProblem(bench.rejected(), "units.csv, dòng 3", "5 cột", "4 cột");
    }

    @Test
    void unterminatedQuote_isRejectedAtTheLineWhereItOpens() {
        bench.data().units(Bench.UNITS.replace("Sở Tài chính", "\"Sở Tài chính"));
        assertProblem(bench.rejected(), "units.csv, dòng 4", "ngoặc kép", "mở mà không đóng");
    }

    @Test
    void textAfterAClosingQuote_isRejectedExplainingDoubledQuotes() {
        bench.data().units(Bench.UNITS.replace("Sở Tài chính", "\"Sở Tài\" chính"));
        assertProblem(bench.rejected(), "units.csv, dòng 4", "ngoặc kép", "hai lần");
    }

    @Test
    void twoHundredThousandDuplicateRows_areRejectedQuicklyWithAShortReport() {
        StringBuilder file = new StringBuilder(Bench.LONG);
        for (int i = 0; i < 200_000; i++) {
            file.append("H99.01,ON_TIME,").append(i % 400).append(",400,\n");
        }
        bench.data().period("2026-10", file.toString());
        long start = System.nanoTime();
        String report = bench.rejected();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "within seconds");
        assertProblem(report, "2026-10.csv, dòng 3", "đã có ở dòng 2", "xóa dòng trùng");
        assertTrue(report.contains("Số liệu có 199999 lỗi"), report.lines().findFirst().orElse(""));
        assertTrue(report.lines().count() < 210, "the report shows the first errors, not all 199,999");
        assertTrue(report.contains("… và 199799 lỗi khác"), report);
    }

    @Test
    void twoHundredThousandValidRows_areValidatedWithinAMinute() {
        StringBuilder units = new StringBuilder(Bench.UNITS);
        StringBuilder scores = new StringBuilder(Bench.LONG);
        String[] codes = {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL", "DOSSIER_SYNC",
            "ON_TIME", "CLGQ", "TTTT", "MDSH", "MDHL"};
        for (int u = 0; u < 22_223; u++) {
            units.append("X").append(u).append(",UBND xã Số ").append(u).append(",COMMUNE,H99\n");
            for (String code : codes) {
                scores.append('X').append(u).append(',').append(code)
                        .append(code.contains("_") ? ",7,10,\n" : ",,,5.5\n");
            }
        }
        bench.data().units(units.toString()).period("2026-11", scores.toString());
        long start = System.nanoTime();
        Cli cli = Cli.run("validate", "--data", bench.data.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "within a minute on a busy machine");
        assertTrue(cli.out().contains("Kỳ 2026-11: 22228 đơn vị, 22223 có đủ số liệu"), cli.out());
    }

    @Test
    void dataFolderWithoutScores_isRejected() throws Exception {
        Trees.delete(bench.data.resolve("scores"));
        assertProblem(bench.rejected(), "scores", "không có tệp số liệu nào", "YYYY-MM.csv");
    }

    @Test
    void missingDataFolder_isRejectedPointingToTheOption() throws Exception {
        Trees.delete(bench.data);
        Files.createDirectories(bench.data.getParent());
        Cli cli = bench.build();
        assertEquals(1, cli.exit());
        assertProblem(cli.err(), "không tìm thấy thư mục dữ liệu", "--data");
        Trees.assertIdentical(Trees.snapshot(Bench.previous()), Trees.snapshot(bench.out));
    }

    @Test
    void rootFolderAsOutput_isRefusedWithExitThree() {
        Cli cli = Cli.run("build", "--data", bench.data.toString(), "--out", bench.out.getRoot().toString());
        assertEquals(3, cli.exit(), cli.err());
        assertProblem(cli.err(), "thư mục gốc", "--out");
    }

    @Test
    void periodFileNotNamedYearMonth_isRejectedNotSkipped() {
        bench.data().period("thang-11", Bench.OCTOBER);
        assertProblem(bench.rejected(), "thang-11.csv", "YYYY-MM.csv", "đổi tên");
    }

    @Test
    void periodFileForAMonthThatDoesNotExist_isRejected() {
        bench.data().period("2026-13", Bench.OCTOBER);
        assertProblem(bench.rejected(), "2026-13.csv", "YYYY-MM.csv");
    }

    @Test
    void otherSpreadsheetLeftInScores_isRejectedAskingForCsvOrXlsx() {
        bench.data().bytes("scores/2026-11.ods", new byte[] {'P', 'K', 3, 4});
        assertProblem(bench.rejected(), "2026-11.ods", "không phải tệp CSV hay Excel (.xlsx)", "CSV UTF-8");
    }

    @Test
    void samePeriodTwiceByLetterCase_isRejected() {
        bench.data().file("scores/2026-10.CSV", Bench.OCTOBER);
        assertProblem(bench.rejected(), "2026-10", "đã có một tệp khác", "xóa tệp thừa");
    }

    @Test
    void officeLockAndHiddenFilesInScores_areIgnoredAndPublished() {
        bench.data().file("scores/.~lock.2026-10.csv#", "x").file("scores/.DS_Store", "x");
        assertEquals("Sở Tư pháp", bench.published().openData("2026-10", "H99.01").get("unit_name"));
    }
}
