package vn.chiso766.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Period;
import vn.chiso766.model.Responsibility;
import vn.chiso766.model.Target;

/** targets.csv and responsibilities.csv: read in every form the other inputs accept, refused with their place. */
class TargetsLoaderTest {
    private static final String UNITS = "code,name,kind,parent\nP,UBND tỉnh Mẫu,PROVINCE,\nS1,Sở Tư pháp,AGENCY,P\n"
            + "X1,UBND xã Một,COMMUNE,P\n";
    private static final String HEADER = "scope,indicator,target,from,until,source\n";

    @TempDir
    Path dir;

    private TestData data(String targets) {
        return TestData.in(dir).units(UNITS)
                .period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,39,42,\n")
                .file("targets.csv", targets);
    }

    private Problem only(String targets) {
        data(targets);
        List<Problem> problems = assertThrows(LoadException.class, () -> DataFolder.load(dir)).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertAt(Problem p, long line, String header, String... words) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(header, p.header(), p.toString());
        assertTrue(p.column() > 0 && p.file().endsWith("targets.csv"), p.toString());
        for (String w : words) {
            assertTrue(p.message().contains(w), p + " lacks " + w);
        }
    }

    @Test
    void commaAndDotDecimalsInEveryDelimiter() throws Exception {
        data(HEADER + "*,TOTAL,80,,,\nCOMMUNE,ON_TIME,\"95,5\",2026-Q3,2026,Kế hoạch số 45/KH-UBND\nS1,MDHL,17.25,,,\n");
        Dataset d = DataFolder.load(dir);
        assertEquals(List.of(new BigDecimal("80"), new BigDecimal("95.5"), new BigDecimal("17.25")),
                d.targets().stream().map(Target::target).toList());
        Target commune = d.targets().get(1);
        assertEquals(Optional.of(Period.quarter(2026, 3)), commune.from());
        assertEquals(Optional.of(Period.year(2026)), commune.until());
        assertEquals("Kế hoạch số 45/KH-UBND", commune.source());
        data("scope;indicator;target\ncommune;ON_TIME;99,8\n");
        Target semicolon = DataFolder.load(dir).targets().get(0);
        assertEquals(new BigDecimal("99.8"), semicolon.target());
        assertEquals("COMMUNE", semicolon.scope(), "a kind in any case is the kind");
    }

    @Test
    void withoutTheFilesThereAreNoTargets() throws Exception {
        TestData.in(dir).units(UNITS).period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,1,2,\n");
        Dataset d = DataFolder.load(dir);
        assertTrue(d.targets().isEmpty() && d.responsibilities().isEmpty());
    }

    @Test
    void unknownScopeIndicatorAndBadValuesAreRefusedAtTheirCell() {
        assertAt(only(HEADER + "S9,ON_TIME,95,,,\n"), 2, "scope", "S9", "units.csv");
        assertAt(only(HEADER + "S1,ON_TIMES,95,,,\n"), 2, "indicator", "ON_TIMES", "TOTAL");
        assertAt(only(HEADER + "S1,ON_TIME,100.5,,,\n"), 2, "target", "100.5%", "vượt 100%");
        assertAt(only(HEADER + "S1,ON_TIME,-5,,,\n"), 2, "target", "âm");
        assertAt(only(HEADER + "S1,ON_TIME,,,,\n"), 2, "target", "trống");
        assertAt(only(HEADER + "S1,MDHL,18.5,,,\n"), 2, "target", "tối đa 18");
        assertAt(only(HEADER + "PROVINCE,PLACE,2.5,,,\n"), 2, "target", "số nguyên");
        assertAt(only(HEADER + "AGENCY,PLACE,10,,,\n"), 2, "scope", "PLACE");
    }

    @Test
    void badPeriodsAreRefused() {
        assertAt(only(HEADER + "S1,ON_TIME,95,2026-13,,\n"), 2, "from", "2026-13", "2026-Q3");
        assertAt(only(HEADER + "S1,ON_TIME,95,,Q3,\n"), 2, "until", "Q3");
        assertAt(only(HEADER + "S1,ON_TIME,95,2026-10,2026-Q3,\n"), 2, "until", "trước kỳ bắt đầu");
    }

    @Test
    void overlappingDuplicatesAreRefusedAndDisjointOnesKept() throws Exception {
        assertAt(only(HEADER + "S1,ON_TIME,95,2026-01,2026-06,\nS1,ON_TIME,96,2026-Q2,,\n"), 3, "indicator",
                "dòng 2", "from/until");
        assertAt(only(HEADER + "*,TOTAL,80,,,\nX1,ON_TIME,90,,,\n*,TOTAL,85,2027,,\n"), 4, "indicator", "dòng 2");
        data(HEADER + "S1,ON_TIME,95,2026-01,2026-06,\nS1,ON_TIME,96,2026-Q3,,\nAGENCY,ON_TIME,90,,,\n");
        assertEquals(3, DataFolder.load(dir).targets().size(), "other periods or another scope: no duplicate");
    }

    @Test
    void responsibilitiesNameALeadAndSupport() throws Exception {
        data(HEADER).file("responsibilities.csv", "indicator,lead,support\nDOSSIER_SYNC,Văn phòng UBND tỉnh,"
                + "\"S1; Sở Nội vụ\"\nMDHL,S1,\n");
        assertEquals(List.of(new Responsibility("DOSSIER_SYNC", "Văn phòng UBND tỉnh", List.of("S1", "Sở Nội vụ")),
                new Responsibility("MDHL", "S1", List.of())), DataFolder.load(dir).responsibilities());
        data(HEADER).file("responsibilities.csv", "indicator,lead\nDOSSIER_SYNC,Văn phòng UBND tỉnh\nDOSSIER_SYNC,S1\n"
                + "NOPE,S1\nMDHL,\n");
        List<Problem> problems = assertThrows(LoadException.class, () -> DataFolder.load(dir)).problems();
        assertEquals(List.of(3L, 4L, 5L), problems.stream().map(Problem::line).toList(), problems.toString());
        assertEquals(List.of("indicator", "indicator", "lead"), problems.stream().map(Problem::header).toList());
    }
}
