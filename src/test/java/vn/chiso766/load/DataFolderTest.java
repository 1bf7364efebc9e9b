package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Observation;

/** Reading data folders: both forms, encodings, delimiters, and every error class with its place. */
class DataFolderTest {
    static final String UNITS = "code,name,kind,parent\nP,UBND tỉnh Mẫu,PROVINCE,\nS1,Sở Tư pháp,AGENCY,P\n";

    @TempDir
    Path dir;

    private TestData data() {
        return TestData.in(dir).units(UNITS);
    }

    private List<Problem> problems() {
        return assertThrows(LoadException.class, () -> DataFolder.load(dir)).problems();
    }

    private static Observation row(Dataset d, String unit, String code) {
        return d.periods().get(0).observations().stream()
                .filter(o -> o.unitCode().equals(unit) && o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void longFormWithCountsAndGivenScores() throws Exception {
        data().period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,39,42,\nS1,CLGQ,,,6.68\n");
        Dataset d = DataFolder.load(dir);
        assertEquals(2, d.units().size());
        assertEquals(Kind.AGENCY, d.unit("S1").orElseThrow().kind());
        assertEquals(new BigDecimal("39"), row(d, "S1", "ON_TIME").numerator().orElseThrow());
        assertTrue(row(d, "S1", "ON_TIME").score().isEmpty(), "an empty cell is no data, not zero");
        assertEquals(new BigDecimal("6.68"), row(d, "S1", "CLGQ").score().orElseThrow());
        assertEquals(3, row(d, "S1", "CLGQ").source().line());
    }

    @Test
    void periodFilesReadOnAllCoresReportTheirProblemsInTheOrderOfTheFiles() throws Exception {
        TestData data = data();
        for (int month = 1; month <= 9; month++) {
            data.period("2026-0" + month, "unit_code,indicator,numerator,denominator,score\nX" + month + ",ON_TIME,1,2,\n");
        }
        data.file("scores/2026-05.xlsx", "not a workbook");
        List<String> files = problems().stream().map(Problem::file).toList();
        assertEquals(List.of("2026-01.csv", "2026-02.csv", "2026-03.csv", "2026-04.csv", "2026-05.csv", "2026-05.xlsx",
                "2026-06.csv", "2026-07.csv", "2026-08.csv", "2026-09.csv"),
                files.stream().map(f -> Path.of(f).getFileName().toString()).toList());
        assertTrue(problems().get(0).message().contains("X1"), problems().get(0).toString());
    }

    @Test
    void wideFormHoldsAScorePerGroupColumn() throws Exception {
        data().period("2026-09", "unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL\nS1,11.79,19.97,6.68,8.48,14.27,17.97\n");
        Dataset d = DataFolder.load(dir);
        assertEquals(6, d.periods().get(0).observations().size());
        assertEquals(new BigDecimal("19.97"), row(d, "S1", "TDGQ").score().orElseThrow());
    }

    @Test
    void utf8BomIsAccepted() throws Exception {
        byte[] text = "unit_code,CKMB\nS1,11.79\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        data().bytes("scores/2026-09.csv", withBom);
        assertEquals(new BigDecimal("11.79"), row(DataFolder.load(dir), "S1", "CKMB").score().orElseThrow());
    }

    @Test
    void semicolonFileReadsDecimalComma() throws Exception {
        data().period("2026-09", "unit_code;indicator;numerator;denominator;score\nS1;CLGQ;;;6,68\n");
        assertEquals(new BigDecimal("6.68"), row(DataFolder.load(dir), "S1", "CLGQ").score().orElseThrow());
    }

    @Test
    void tabFileReadsDecimalComma() throws Exception {
        data().period("2026-09", "unit_code\tCKMB\tMDHL\nS1\t11,79\t17,5\n");
        assertEquals(new BigDecimal("17.5"), row(DataFolder.load(dir), "S1", "MDHL").score().orElseThrow());
    }

    @Test
    void decomposedVietnameseIsNormalisedToNfc() throws Exception {
        String nfd = Normalizer.normalize("Sở Tư pháp tỉnh Mẫu", Normalizer.Form.NFD);
        TestData.in(dir).units("code,name,kind,parent\nP,UBND,PROVINCE,\nS1," + nfd + ",AGENCY,P\n")
                .period("2026-09", "unit_code,CKMB\nS1,1\n");
        String name = DataFolder.load(dir).unit("S1").orElseThrow().name();
        assertEquals("Sở Tư pháp tỉnh Mẫu", name);
        assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC));
    }

    @Test
    void extraUnitColumnsAreKept() throws Exception {
        TestData.in(dir).units("code,name,kind,parent,email\nP,UBND,PROVINCE,,a@b\nS1,Sở,AGENCY,P,s@b\n")
                .period("2026-09", "unit_code,CKMB\nS1,1\n");
        assertEquals("s@b", DataFolder.load(dir).unit("S1").orElseThrow().extra().get("email"));
    }

    @Test
    void errorsNameFileLineAndColumnAndAllAreReportedTogether() {
        data().period("2026-09", "unit_code,indicator,numerator,denominator,score\n"
                + "S1,ON_TIME,abc,42,\n"
                + "S9,ON_TIME,1,2,\n"
                + "S1,NOPE,1,2,\n"
                + "S1,DOSSIER_SYNC,5,4,\n"
                + "S1,CLGQ,,,-3\n");
        List<Problem> problems = problems();
        assertEquals(5, problems.size(), problems.toString());
        assertPlace(problems.get(0), 2, 3, "không phải là số");
        assertPlace(problems.get(1), 3, 1, "không có trong units.csv");
        assertPlace(problems.get(2), 4, 2, "không có trong danh mục");
        assertPlace(problems.get(3), 5, 3, "lớn hơn mẫu số");
        assertPlace(problems.get(4), 6, 5, "giá trị âm");
        assertTrue(problems.get(0).toString().startsWith(dir.resolve("scores/2026-09.csv") + ", dòng 2, cột 3 (numerator): "));
    }

    private static void assertPlace(Problem p, long line, int column, String text) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.message().contains(text), p.toString());
    }

    @Test
    void duplicateRowNamesTheFirstLine() {
        data().period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,1,2,\nS1,ON_TIME,1,2,\n");
        Problem p = problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("dòng 2"), p.toString());
    }

    @Test
    void decimalCommaInACommaFileIsARaggedRowWithAHint() {
        data().period("2026-09", "unit_code,CKMB\nS1,65,54\n");
        Problem p = problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("3 cột"), p.toString());
    }

    @Test
    void quotedDecimalCommaInACommaFileIsNotANumber() {
        data().period("2026-09", "unit_code,CKMB\nS1,\"65,54\"\n");
        assertTrue(problems().get(0).message().contains("dấu chấm thập phân"));
    }

    @Test
    void nonUtf8FileIsRejectedWithTheLine() {
        byte[] latin = "unit_code,CKMB\nS1,1\nS\u00d41,2\n".getBytes(StandardCharsets.ISO_8859_1);
        data().bytes("scores/2026-09.csv", latin);
        Problem p = problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("UTF-8"));
    }

    @Test
    void utf16FileIsRejected() {
        data().bytes("scores/2026-09.csv", "\uFEFFunit_code,CKMB\nS1,1\n".getBytes(StandardCharsets.UTF_16LE));
        data().bytes("scores/2026-09.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "unit_code,CKMB\nS1,1\n".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(problems().get(0).message().contains("UTF-16"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void missingColumnDuplicateHeaderAndEmptyFileAreErrors() {
        data().period("2026-08", "unit_code,indicator,numerator,score\nS1,ON_TIME,1,\n")
                .period("2026-09", "unit_code,CKMB,CKMB\nS1,1,2\n")
                .period("2026-10", "");
        List<Problem> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2026-08.csv") && p.message().contains("denominator")));
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2026-09.csv") && p.column() == 3));
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2026-10.csv") && p.message().contains("rỗng")));
    }

    @Test
    void periodFileNotNamedYearMonthIsAnError() {
        data().period("thang-9", "unit_code,CKMB\nS1,1\n");
        assertTrue(problems().get(0).message().contains("YYYY-MM"));
    }

    @Test
    void unitErrorsUnknownKindMissingParentAndDuplicateCode() {
        TestData.in(dir).units("code,name,kind,parent\nP,UBND,PROVINCE,\nS1,Sở,HUYEN,P\nS2,Sở,AGENCY,Z\n"
                + "S3,Sở,AGENCY,P\nS3,Sở,AGENCY,P\n").period("2026-09", "unit_code,CKMB\nS3,1\n");
        List<Problem> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertPlace(problems.get(0), 3, 3, "HUYEN");
        assertPlace(problems.get(1), 6, 1, "trùng với dòng 5");
        assertPlace(problems.get(2), 4, 4, "không phải là một tỉnh");
    }

    @Test
    void numeratorWithoutDenominatorIsAnError() {
        data().period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,1,,\n");
        assertPlace(problems().get(0), 2, 4, "thiếu mẫu số");
    }

    @Test
    void controlCharacterIsRejectedAtItsCell() {
        data().period("2026-09", "unit_code,CKMB\nS1,1\u0007\n");
        assertPlace(problems().get(0), 2, 2, "U+0007");
    }

    @Test
    void defaultCatalogueIsUsedWhenTheFolderHasNone() throws Exception {
        data().period("2026-09", "unit_code,CKMB\nS1,1\n");
        Dataset d = DataFolder.load(dir);
        assertEquals(6, d.catalogue().groups().size());
        assertEquals("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", d.catalogue().indicator("ON_TIME").orElseThrow().name());
        assertEquals(5, d.catalogue().bands().size());
    }

    @Test
    void catalogueInTheDataFolderOverridesTheDefault() throws Exception {
        data().period("2026-09", "unit_code,CKMB\nS1,1\n")
                .file("catalogue/groups.csv", "code,name,max\nCKMB,Công khai,100\n")
                .file("catalogue/indicators.csv", "code,group,name,max,rule,threshold,empty_denominator\n"
                        + "PUB,CKMB,Công bố,100,full_at,50,zero\n")
                .file("catalogue/bands.csv", "name,min\nĐạt,50\nChưa đạt,0\n");
        Dataset d = DataFolder.load(dir);
        assertEquals(new BigDecimal("0.50"), ((vn.chiso766.model.Rule.FullAt) d.catalogue().indicator("PUB")
                .orElseThrow().rule()).threshold());
        assertEquals("Đạt", d.catalogue().bandOf(new BigDecimal("50")).name());
    }
}
