package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.chiso766.cli.Bench.assertProblem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, encodings: text that is not the UTF-8 of the contract never becomes mojibake. */
class BadEncodingTest {
    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void utf16WithByteOrderMark_isRejectedNamingTheEncodingAndHowToResave() {
        bench.data().bytes("units.csv", Bench.UNITS.getBytes(StandardCharsets.UTF_16));
        assertProblem(bench.rejected(), "units.csv", "UTF-16", "CSV UTF-8");
    }

    @Test
    void utf16WithoutByteOrderMark_isRejectedAsUtf16NotAsControlCharacters() {
        bench.data().bytes("scores/2026-10.csv", Bench.OCTOBER.getBytes(StandardCharsets.UTF_16LE));
        assertProblem(bench.rejected(), "2026-10.csv", "UTF-16", "UTF-8");
    }

    @Test
    void windows1258Name_isRejectedWithLineColumnAndHint() {
        // Windows-1258 holds Vietnamese decomposed: a base letter, then a tone mark byte.
        String decomposed = Normalizer.normalize(Bench.UNITS, Normalizer.Form.NFD);
        bench.data().bytes("units.csv", decomposed.getBytes(Charset.forName("windows-1258")));
        assertProblem(bench.rejected(), "units.csv, dòng 2, cột 2 (name)", "Windows-1258", "UTF-8");
    }

    @Test
    void vniBytesInAPeriodFile_areRejectedAtTheirLine() {
        String vni = "H99.01,Sôû Tö phaùp";
        bench.data().bytes("units.csv", join(Bench.UNITS.getBytes(StandardCharsets.UTF_8),
                vni.getBytes(Charset.forName("windows-1252")), ",AGENCY,H99\n".getBytes(StandardCharsets.UTF_8)));
        assertProblem(bench.rejected(), "units.csv, dòng 7, cột 2 (name)", "không hợp lệ trong mã UTF-8");
    }

    @Test
    void latin1ScoreLine_isRejectedAtItsLineAndColumn() {
        String text = Bench.SEPTEMBER.replace("H99.102,11.79", "H99.102,11\u00b779");
        bench.data().bytes("scores/2026-09.csv", text.getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(bench.rejected(), "2026-09.csv, dòng 6, cột 2 (CKMB)", "UTF-8");
    }

    @Test
    void truncatedUtf8SequenceAtEndOfFile_isRejected() {
        bench.data().bytes("units.csv", join(Bench.UNITS.getBytes(StandardCharsets.UTF_8),
                new byte[] {'X', ',', (byte) 0xE1, (byte) 0xBB}));
        assertProblem(bench.rejected(), "units.csv, dòng 7", "UTF-8");
    }

    @Test
    void utf8SavedAgainAsWindows1252_isRejectedAsDoubleEncodedAtItsCell() {
        String twice = new String(Bench.UNITS.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        bench.data().units(twice);
        assertProblem(bench.rejected(), "units.csv, dòng 2, cột 2 (name)", "chuyển mã hai lần", "CSV UTF-8");
    }

    @Test
    void decomposedVietnamese_isPublishedComposed() {
        String nfd = Normalizer.normalize("UBND xã Ia Grai", Normalizer.Form.NFD);
        bench.data().units(Bench.UNITS.replace("UBND xã Ia Grai", nfd));
        Published site = bench.published();
        assertEquals("UBND xã Ia Grai", site.openData("2026-09", "H99.101").get("unit_name"));
        assertEquals(Normalizer.normalize(site.text("2026-09/ket-qua.json"), Normalizer.Form.NFC),
                site.text("2026-09/ket-qua.json"));
    }

    @Test
    void byteOrderMarkInsideAName_isRejectedAtItsCell() {
        bench.data().units(Bench.UNITS.replace("Sở Tài chính", "Sở Tài\uFEFF chính"));
        assertProblem(bench.rejected(), "units.csv, dòng 4, cột 2 (name)", "U+FEFF", "xóa");
    }

    @Test
    void secondFileConcatenatedWithItsByteOrderMark_isRejectedAtThatLine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        bench.data().bytes("scores/2026-10.csv", join(bom, Bench.OCTOBER.getBytes(StandardCharsets.UTF_8), bom,
                "H99.02,CKMB,,,11.79\n".getBytes(StandardCharsets.UTF_8)));
        assertProblem(bench.rejected(), "2026-10.csv, dòng 14, cột 1 (unit_code)", "U+FEFF");
    }

    @Test
    void nulCharacterInAName_isRejectedAtItsCell() {
        bench.data().units(Bench.UNITS.replace("Sở Tư pháp", "Sở Tư\u0000pháp"));
        assertProblem(bench.rejected(), "units.csv, dòng 3, cột 2 (name)", "U+0000");
    }

    @Test
    void terminalEscapeSequenceInACode_isRejectedAndNotEchoed() {
        bench.data().units(Bench.UNITS + "\u001b[2J\u001b[31mH99.9,Sở giả,AGENCY,H99\n");
        String report = bench.rejected();
        assertProblem(report, "units.csv, dòng 7, cột 1 (code)", "U+001B");
        assertEquals(-1, report.indexOf('\u001b'), "the escape sequence never reaches the terminal");
    }

    @Test
    void windowsLineEndingsAndByteOrderMark_arePublished() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        bench.data().bytes("units.csv", join(bom, Bench.UNITS.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Published site = bench.published();
        assertEquals("Sở Tư pháp", site.openData("2026-10", "H99.01").get("unit_name"));
    }
}
