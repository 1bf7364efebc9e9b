package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.cli.Bench.assertProblem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, publication settings: a mistake in publication.properties is reported with its
 * line when the data folder is read, by validate as by build, before anything is rendered.
 */
class BadSettingsTest {
    private static final String FILE = "publication.properties";
    private static final String SIGNER = "# Người ký\nky.ho_ten=Nguyễn Văn Thử\n";

    @TempDir
    Path tmp;
    Bench bench;

    @BeforeEach
    void setUp() {
        bench = new Bench(tmp);
    }

    /** The settings file: a comment and the signer on lines 1–2, then the given lines from line 3. */
    private void settings(String lines) {
        bench.data().file(FILE, SIGNER + lines);
    }

    @Test
    void misspelledKey_isRejectedSuggestingTheRightOne() {
        settings("ky.hoten=Nguyễn Văn A\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "\"ky.hoten\"", "Có phải là \"ky.ho_ten\"");
    }

    @Test
    void keyInCapitals_isRejectedSuggestingTheLowerCaseKey() {
        settings("NGAY_BAN_HANH=7\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "Có phải là \"ngay_ban_hanh\"");
    }

    @Test
    void keyWithVietnameseLetters_isRejectedSuggestingTheKey() {
        settings("nơi_nhận.1=Các sở, ban, ngành tỉnh\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "Có phải là \"noi_nhan.1\"");
    }

    @Test
    void unknownKeyFarFromAnyKey_isRejectedListingTheKeys() {
        settings("chu_ky=Nguyễn Văn A\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "\"chu_ky\"", "ky.ho_ten", "README");
    }

    @Test
    void lineWithoutEqualsSign_isRejectedShowingTheForm() {
        settings("Nguyễn Văn A\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "không có dấu \"=\"", "khóa=giá trị", "#");
    }

    @Test
    void malformedPeriodInANumberKey_isRejectedAskingForYearMonth() {
        settings("so.2026-13=57\nso.10-2026=58\n");
        String report = bench.rejected();
        assertProblem(report, FILE + ", dòng 3:", "\"2026-13\"", "YYYY-MM", "so.2026-10");
        assertProblem(report, FILE + ", dòng 4:", "\"10-2026\"", "YYYY-MM");
    }

    @Test
    void periodOnAKeyThatIsTheSameEveryPeriod_isRejected() {
        settings("ky.ho_ten.2026-10=Nguyễn Văn A\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "chỉ so và ngay_ban_hanh", "bỏ \".2026-10\"");
    }

    @Test
    void issueDayOutOfRangeOrNotANumber_isRejectedAskingForOneTo31() {
        settings("ngay_ban_hanh=32\nH99.ngay_ban_hanh=năm\n");
        String report = bench.rejected();
        assertProblem(report, FILE + ", dòng 3:", "\"32\"", "từ 1 đến 31");
        assertProblem(report, FILE + ", dòng 4:", "\"năm\"", "từ 1 đến 31");
    }

    @Test
    void publicationAddressThatIsNoWebAddress_isRejectedWithAnExample() {
        settings("dia_chi_an_pham=chiso766.gialai.gov.vn\nH99.dia_chi_an_pham=https://có dấu cách.vn\n");
        String report = bench.rejected();
        assertProblem(report, FILE + ", dòng 3:", "\"chiso766.gialai.gov.vn\"", "https://");
        assertProblem(report, FILE + ", dòng 4:", "không phải một địa chỉ web");
    }

    @Test
    void issueDateNotInIsoForm_isRejectedWithAnExampleForItsPeriod() {
        settings("ngay_ban_hanh.2026-10=07/11/2026\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "YYYY-MM-DD", "ngay_ban_hanh.2026-10=2026-11-07");
    }

    @Test
    void issueDateThatDoesNotExist_isRejected() {
        settings("ngay_ban_hanh.2026-10=2026-11-31\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "\"2026-11-31\"", "YYYY-MM-DD");
    }

    @Test
    void issueDateBeforeThePeriodStarts_isRejectedAskingToCheckYearAndMonth() {
        settings("ngay_ban_hanh.2026-10=2025-11-07\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "trước kỳ 2026-10", "kiểm tra năm và tháng");
    }

    @Test
    void issueDateOnThePeriodsLastDay_isAccepted() {
        settings("ngay_ban_hanh.2026-10=2026-10-31\n");
        Cli validate = Cli.run("validate", "--data", bench.data.toString());
        assertEquals(0, validate.exit(), validate.err());
    }

    @Test
    void provincePrefixThatIsNoProvince_isRejectedNamingTheCode() {
        settings("H98.ky.ho_ten=Nguyễn Văn A\nH99.01.ky.ho_ten=Nguyễn Văn B\n");
        String report = bench.rejected();
        assertProblem(report, FILE + ", dòng 3:", "\"H98\"", "không phải mã một tỉnh trong units.csv");
        assertProblem(report, FILE + ", dòng 4:", "\"H99.01\"", "không phải mã một tỉnh");
    }

    @Test
    void recipientsForOneProvince_areRejectedAsShared() {
        settings("H99.noi_nhan.1=Các sở, ban, ngành tỉnh\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "dùng chung cho mọi tỉnh", "bỏ \"H99.\"");
    }

    @Test
    void recipientNotNumbered_isRejected() {
        settings("noi_nhan.a=Các sở, ban, ngành tỉnh\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "\"noi_nhan.a\"", "noi_nhan.1, noi_nhan.2");
    }

    @Test
    void twoRecipientsWithTheSameNumber_areRejected() {
        settings("noi_nhan.1=Các sở, ban, ngành tỉnh\nnoi_nhan.01=UBND các xã, phường\n");
        assertProblem(bench.rejected(), FILE + ", dòng 4:", "nơi nhận số 1 đã có ở dòng 3", "đánh số lại");
    }

    @Test
    void keyWrittenTwice_isRejectedNamingTheFirstLine() {
        settings("luu=VT\nky.ho_ten=Trần Thị B\n");
        assertProblem(bench.rejected(), FILE + ", dòng 4:", "\"ky.ho_ten\" đã có ở dòng 2", "xóa một trong hai dòng");
    }

    @Test
    void brokenUnicodeEscape_isRejectedAtItsLine() {
        settings("dia_danh=Gia \\uZZ Lai\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "\\u", "UTF-8");
    }

    @Test
    void hiddenCharacter_isRejectedNamingIt() {
        settings("dia_danh=Gia\u200BLai\n");
        assertProblem(bench.rejected(), FILE + ", dòng 3:", "U+200B", "xóa");
    }

    @Test
    void windows1258File_isRejectedAtItsLineWithoutACsvColumn() {
        String text = Normalizer.normalize("so=\nky.ho_ten=Nguyễn Văn Thử\n", Normalizer.Form.NFD);
        bench.data().bytes(FILE, text.getBytes(Charset.forName("windows-1258")));
        String report = bench.rejected();
        assertProblem(report, FILE + ", dòng 2:", "Windows-1258", "UTF-8");
        assertFalse(report.contains(FILE + ", dòng 2, cột"), report);
    }

    @Test
    void utf16File_isRejected() {
        bench.data().bytes(FILE, (SIGNER + "dia_danh=Mẫu\n").getBytes(StandardCharsets.UTF_16));
        assertProblem(bench.rejected(), FILE, "UTF-16", "UTF-8");
    }

    @Test
    void validateReportsSettingsAndDataProblemsTogether() {
        settings("ky.hoten=Nguyễn Văn A\nngay_ban_hanh=0\n");
        bench.data().period("2026-10", Bench.OCTOBER + "H99.02,CLGQ,,,tám\n");
        Cli validate = Cli.run("validate", "--data", bench.data.toString());
        assertEquals(1, validate.exit(), validate.err());
        assertTrue(validate.err().contains("Số liệu có 3 lỗi"), validate.err());
        assertProblem(validate.err(), FILE + ", dòng 3:", "ky.ho_ten");
        assertProblem(validate.err(), FILE + ", dòng 4:", "từ 1 đến 31");
        assertProblem(validate.err(), "2026-10.csv, dòng 14, cột 5 (score)", "không phải là số");
        assertEquals(validate.err().lines().filter(l -> l.startsWith("  ")).toList(),
                bench.build().err().lines().filter(l -> l.startsWith("  ")).toList(), "build prints the same");
    }

    @Test
    void theSampleSettingsFile_isAccepted() throws Exception {
        bench.data().bytes(FILE, Files.readAllBytes(Path.of("data", FILE)));
        Cli validate = Cli.run("validate", "--data", bench.data.toString());
        assertEquals(0, validate.exit(), validate.err());
    }

    @Test
    void validSettingsForOneProvinceAndPeriod_arePrinted() {
        settings("H99.ky.ho_ten=Lê Văn Riêng\nH99.so.2026-10=57\nngay_ban_hanh.2026-10=2026-11-09\n"
                + "noi_nhan.1=Văn phòng Chính phủ\nnoi_nhan.2=\nnoi_nhan.5=Các sở, ban, ngành tỉnh\n"
                + "dia_chi_an_pham=https://chiso766.example.vn/\n");
        String notice = Published.pdfText(bench.published().files().get("2026-10/thong-bao-2026-10.pdf"));
        assertTrue(notice.contains("Lê Văn Riêng"), notice);
        assertTrue(notice.contains("57/TB-UBND"), notice);
        assertTrue(notice.contains("ngày 09 tháng 11 năm 2026"), notice);
        assertTrue(notice.contains("- Văn phòng Chính phủ;\n- Các sở, ban, ngành tỉnh;"), notice);
        assertTrue(notice.replaceAll("\\s", "").contains("đượcđăngtạihttps://chiso766.example.vn/2026-10/pdf/;"),
                "where each unit finds its scorecard: " + notice);
    }
}
