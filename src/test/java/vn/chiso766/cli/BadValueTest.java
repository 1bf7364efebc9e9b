package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.cli.Bench.assertProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, values: a figure that cannot be right is refused at its cell, never guessed. */
class BadValueTest {
    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    private void october(String row) {
        bench.data().period("2026-10", Bench.OCTOBER + row + "\n");
    }

    @Test
    void wordInAScoreCell_isRejectedAtItsCell() {
        october("H99.02,CLGQ,,,tám");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 5 (score)", "\"tám\" không phải là số");
    }

    @Test
    void negativeScore_isRejectedAtItsCell() {
        october("H99.02,CLGQ,,,-1.5");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 5 (score)", "giá trị âm");
    }

    @Test
    void negativeCount_isRejectedAtItsCell() {
        october("H99.02,ON_TIME,-3,10,");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 3 (numerator)", "giá trị âm");
    }

    @Test
    void notANumberAndInfinity_areRejectedAtTheirCells() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("H99.02,11.79,19.59", "H99.02,NaN,Infinity"));
        String report = bench.rejected();
        assertProblem(report, "2026-09.csv, dòng 4, cột 2 (CKMB)", "\"NaN\" không phải là số");
        assertProblem(report, "2026-09.csv, dòng 4, cột 3 (TDGQ)", "\"Infinity\" không phải là số");
    }

    @Test
    void exponentNotation_isRejectedNotReadAsAHugeNumber() {
        october("H99.02,CLGQ,,,1e308");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 5 (score)", "không phải là số");
    }

    @Test
    void decimalCommaUnquotedInACommaFile_isRejectedWithTheDecimalHint() {
        october("H99.02,CLGQ,,,6,45");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14", "6 cột", "65.54", "dấu chấm phẩy");
    }

    @Test
    void decimalCommaQuotedInACommaFile_isRejectedAskingForADot() {
        october("H99.02,CLGQ,,,\"6,45\"");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 5 (score)", "dấu chấm thập phân");
    }

    @Test
    void decimalCommaInASemicolonFile_isPublishedAsADecimal() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace(',', ';').replaceAll(";(\\d+)\\.(\\d+)", ";$1,$2"));
        assertEquals("6.68", bench.published().openData("2026-09", "H99.01").get("CLGQ"));
    }

    @Test
    void numeratorAboveDenominator_isRejectedShowingBoth() {
        october("H99.02,ON_TIME,421,420,");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 3 (numerator)", "tử số 421 lớn hơn mẫu số 420");
    }

    @Test
    void unknownUnit_isRejectedAskingToAddItToUnits() {
        october("H99.77,CLGQ,,,6");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 1 (unit_code)", "\"H99.77\" không có trong units.csv");
    }

    @Test
    void unknownIndicator_isRejectedNamingTheCatalogue() {
        october("H99.02,ON_TIMEE,1,2,");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 2 (indicator)", "\"ON_TIMEE\"", "danh mục");
    }

    @Test
    void unknownColumnInTheWideForm_isRejectedAtTheHeader() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("MDHL", "MDHL2"));
        assertProblem(bench.rejected(), "2026-09.csv, dòng 1, cột 7 (MDHL2)", "không phải mã nhóm hay chỉ số");
    }

    @Test
    void duplicateScoreRow_isRejectedNamingTheFirstLine() {
        october("H99.01,CLGQ,,,6.72");
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14", "đã có ở dòng 10", "xóa dòng trùng");
    }

    @Test
    void duplicateUnitCode_isRejectedNamingTheFirstLine() {
        bench.data().units(Bench.UNITS + "H99.01,Sở Tư pháp (bản sao),AGENCY,H99\n");
        assertProblem(bench.rejected(), "units.csv, dòng 7, cột 1 (code)", "trùng với dòng 3");
    }

    @Test
    void parentMissingFromUnits_isRejectedAtTheParentCell() {
        bench.data().units(Bench.UNITS.replace("UBND phường Pleiku,COMMUNE,H99", "UBND phường Pleiku,COMMUNE,H98"));
        assertProblem(bench.rejected(), "units.csv, dòng 6, cột 4 (parent)", "\"H98\" không phải là một tỉnh");
    }

    @Test
    void parentCycle_isRejectedAtEveryUnitOfTheCycle() {
        bench.data().units(Bench.UNITS + "A1,Sở A,AGENCY,A2\nA2,Sở B,AGENCY,A1\n");
        String report = bench.rejected();
        assertProblem(report, "units.csv, dòng 7, cột 4 (parent)", "\"A2\" không phải là một tỉnh");
        assertProblem(report, "units.csv, dòng 8, cột 4 (parent)", "\"A1\" không phải là một tỉnh");
    }

    @Test
    void unitThatIsItsOwnParent_isRejected() {
        bench.data().units(Bench.UNITS + "A1,Sở A,AGENCY,A1\n");
        assertProblem(bench.rejected(), "units.csv, dòng 7, cột 4 (parent)", "\"A1\" không phải là một tỉnh");
    }

    @Test
    void scoreAboveItsMaximum_isPublishedAsGivenWithAFinding() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("H99.02,11.79,19.59,6.45,6.18,10.65,18",
                "H99.02,11.79,19.59,6.45,6.18,10.65,18.28"));
        Published site = bench.published();
        assertEquals("18.28", site.openData("2026-09", "H99.02").get("MDHL"), "the official figure is kept");
        assertTrue(site.stdout().contains("vượt mức tối đa 18"), site.stdout());
    }

    @Test
    void emptyScoreCells_arePublishedAsNoDataNeverZero() {
        bench.data().period("2026-09", Bench.SEPTEMBER.replace("H99.102,11.79,18.2,5.1,", "H99.102,11.79,18.2,,"));
        Published site = bench.published();
        assertEquals("", site.openData("2026-09", "H99.102").get("CLGQ"));
        assertEquals("", site.openData("2026-09", "H99.102").get("total"));
        assertEquals("", site.openData("2026-09", "H99.102").get("rank"));
    }

    @Test
    void targetAboveHundredPercent_isRejectedWithItsCell() {
        bench.data().file("targets.csv", "scope,indicator,target\nCOMMUNE,ON_TIME,\"100,5\"\n");
        assertProblem(bench.rejected(), "targets.csv, dòng 2, cột 3 (target)", "vượt 100%");
    }

    @Test
    void responsibilityForAnUnknownIndicator_isRejectedWithItsCell() {
        bench.data().file("responsibilities.csv", "indicator,lead\nON_TIME_X,Văn phòng UBND tỉnh\n");
        assertProblem(bench.rejected(), "responsibilities.csv, dòng 2, cột 1 (indicator)", "ON_TIME_X");
    }
}
