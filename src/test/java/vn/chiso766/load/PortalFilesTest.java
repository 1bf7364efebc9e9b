package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.NationalList;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.Provenance;
import vn.chiso766.model.QualityNote;

/** What the importer writes: quality columns, national/YYYY-MM.csv and sources/YYYY-MM.properties. */
class PortalFilesTest {
    static final String HEADER = "province_code,province_name,department_id,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,total,delta_total\n";
    static final String SCORES = "unit_code,indicator,numerator,denominator,score\nS1,CLGQ,,,6.68\n";

    @TempDir
    Path dir;

    private TestData data() {
        return TestData.in(dir).units(DataFolderTest.UNITS).period("2026-09", SCORES);
    }

    private List<Problem> problems() {
        return assertThrows(LoadException.class, () -> DataFolder.load(dir)).problems();
    }

    private static void assertPlace(Problem p, String file, long line, int column, String text) {
        assertTrue(p.file().endsWith(file), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.message().contains(text), p.toString());
    }

    @Test
    void fixtureLoadsNationalListsProvenanceAndNotes() throws Exception {
        Dataset d = DataFolder.load(TestData.GIA_LAI_NATIONAL);
        assertEquals(2, d.nationals().size());
        NationalList october = d.national(Period.of(2026, 10)).orElseThrow();
        assertEquals(34, october.rows().size());
        NationalRow gialai = october.row("H21").orElseThrow();
        assertEquals("UBND tỉnh Gia Lai", gialai.provinceName());
        assertEquals(new BigDecimal("66.23"), gialai.total().orElseThrow());
        assertEquals(new BigDecimal("9.14"), gialai.group("CLGQ").orElseThrow());
        NationalRow last = d.national(Period.of(2026, 9)).orElseThrow().rows().get(33);
        assertTrue(last.group("CLGQ").isEmpty() && last.total().isEmpty(), "an empty cell is no data");
        Provenance portal = d.provenance(Period.of(2026, 10)).orElseThrow();
        assertEquals(Provenance.Kind.PORTAL, portal.kind());
        assertEquals(Optional.of("https://dichvucong.gov.vn"), portal.portal());
        assertEquals(OffsetDateTime.parse("2026-11-05T08:15:00+07:00"), portal.retrievedAt());
        Provenance files = d.provenance(Period.of(2026, 9)).orElseThrow();
        assertEquals(List.of("service-results-2026-09.json", "transparency-2026-09-h21.json"), files.files());
        Observation onTime = d.periods().get(1).observations().stream()
                .filter(o -> o.unitCode().equals("H21.17") && o.code().equals("ON_TIME")).findFirst().orElseThrow();
        assertEquals("TEMP_NATIONAL_REPORT_DENOMINATOR", onTime.quality().orElseThrow().status());
        assertTrue(onTime.quality().orElseThrow().message().startsWith("Mẫu số BCQG/GRIS"));
        assertEquals(3, d.periods().get(1).observations().stream().filter(o -> o.quality().isPresent()).count());
    }

    @Test
    void withoutTheNewFilesNothingChanges() throws Exception {
        Dataset d = DataFolder.load(TestData.GIA_LAI);
        assertTrue(d.nationals().isEmpty() && d.provenances().isEmpty());
        assertTrue(d.periods().stream().flatMap(p -> p.observations().stream()).allMatch(o -> o.quality().isEmpty()));
    }

    @Test
    void qualityColumnsMayBeEmptyOrHalfFilled() throws Exception {
        TestData.in(dir).units(DataFolderTest.UNITS).period("2026-09",
                "unit_code,indicator,numerator,denominator,score,quality_status,quality_message\n"
                        + "S1,ON_TIME,39,42,,,\nS1,DOSSIER_SYNC,1,2,,NO_NATIONAL_REPORT_DATA,\nS1,CLGQ,,,6.68,,Số tạm\n");
        List<Observation> rows = DataFolder.load(dir).periods().get(0).observations();
        assertTrue(rows.get(0).quality().isEmpty());
        assertEquals(new QualityNote("NO_NATIONAL_REPORT_DATA", ""), rows.get(1).quality().orElseThrow());
        assertEquals(new QualityNote("", "Số tạm"), rows.get(2).quality().orElseThrow());
    }

    @Test
    void nationalListErrorsNameFileLineAndColumn() {
        data().file("national/2026-09.csv", HEADER
                + "H21,UBND tỉnh Gia Lai,id,11.79,15.8,8.47,6.91,9.34,10.43,62.74,3.49\n"
                + "H20,UBND tỉnh Đồng Tháp,id,abc,15.8,8.47,6.91,9.34,10.43,62.74,-1.5\n"
                + "H21,UBND tỉnh Gia Lai,id,11.79,15.8,8.47,6.91,9.34,10.43,62.74,\n"
                + ",Không mã,id,1,1,1,1,1,1,6,\n"
                + "H22,UBND tỉnh Mẫu,id,1,1,1,1,1,-1,6,\n");
        List<Problem> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        assertPlace(problems.get(0), "national/2026-09.csv", 3, 4, "không phải là số");
        assertPlace(problems.get(1), "national/2026-09.csv", 4, 1, "đã có ở dòng 2");
        assertPlace(problems.get(2), "national/2026-09.csv", 5, 1, "mã tỉnh trống");
        assertPlace(problems.get(3), "national/2026-09.csv", 6, 9, "giá trị âm");
    }

    @Test
    void negativeChangeOfTotalIsRead() throws Exception {
        data().file("national/2026-09.csv", HEADER + "H21,UBND tỉnh Gia Lai,id,11.79,15.8,,6.91,9.34,10.43,,-3.49\n");
        NationalRow row = DataFolder.load(dir).nationals().get(0).rows().get(0);
        assertEquals(new BigDecimal("-3.49"), row.deltaTotal().orElseThrow());
        assertTrue(row.group("CLGQ").isEmpty() && row.total().isEmpty());
    }

    @Test
    void nationalHeaderMustBeExact() {
        data().file("national/2026-09.csv", "province_code,province_name,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,total,delta_total,note\n"
                + "H21,Gia Lai,1,1,1,1,1,1,6,,x\n");
        List<Problem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertPlace(problems.get(0), "national/2026-09.csv", 1, 0, "thiếu cột \"department_id\"");
        assertPlace(problems.get(1), "national/2026-09.csv", 1, 11, "không thuộc danh sách toàn quốc");
    }

    @Test
    void unknownFileNamesInTheNewFoldersAreErrors() {
        data().file("national/2026-9.csv", HEADER).file("sources/notes.txt", "x");
        List<Problem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("YYYY-MM.csv"), problems.toString());
        assertTrue(problems.get(1).message().contains("YYYY-MM.properties"), problems.toString());
    }

    @Test
    void sourcesErrorsNameTheLineAndWhatToWrite() {
        data().file("sources/2026-09.properties", "source=crawler\nportal=dichvucong\nretrieved_at=2026-11-05 08:15\n"
                + "kind=x\n");
        List<Problem> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertPlace(problems.get(0), "sources/2026-09.properties", 4, 0, "khóa \"kind\" không được dùng");
        assertPlace(problems.get(1), "sources/2026-09.properties", 1, 0, "chỉ nhận source=portal hoặc source=files");
        assertPlace(problems.get(2), "sources/2026-09.properties", 3, 0, "ISO-8601");
    }

    @Test
    void sourcesNeedWhatTheirKindNames() {
        data().file("sources/2026-09.properties", "source=files\n")
                .file("sources/2026-10.properties", "source=portal\nportal=ftp://x\nfiles=a.json\n"
                        + "retrieved_at=2026-11-05T08:15:00+07:00\n");
        List<Problem> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("retrieved_at"), problems.toString());
        assertTrue(problems.get(1).message().contains("source=files cần khóa \"files\""), problems.toString());
        assertTrue(problems.get(2).message().contains("không phải một địa chỉ web"), problems.toString());
        assertTrue(problems.get(3).message().contains("chỉ dùng khi source=files"), problems.toString());
    }
}
