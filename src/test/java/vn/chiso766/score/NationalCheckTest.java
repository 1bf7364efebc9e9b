package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.Trees;
import vn.chiso766.load.DataFolder;

/** A province whose total differs from its row in the national list is a data-quality finding. */
class NationalCheckTest {
    @TempDir
    Path data;

    @Test
    void realFiguresAgreeAndAListOfAnotherMonthIsFound() throws Exception {
        Results real = Scorer.score(DataFolder.load(TestData.GIA_LAI_NATIONAL));
        assertTrue(mismatches(real).isEmpty(), mismatches(real).toString());
        Trees.copy(TestData.GIA_LAI_NATIONAL, data);
        Path october = data.resolve("national/2026-10.csv");
        Files.writeString(october, Files.readString(october).replace(",66.23,", ",62.74,"));
        List<Finding> found = mismatches(Scorer.score(DataFolder.load(data)));
        assertEquals(1, found.size(), found.toString());
        assertEquals("H21", found.get(0).unitCode());
        assertEquals("tổng điểm của tỉnh là 66,23 nhưng danh sách toàn quốc ghi 62,74; thứ hạng giữa các tỉnh theo danh"
                + " sách toàn quốc.", found.get(0).message());
    }

    private static List<Finding> mismatches(Results results) {
        return results.findings().stream().filter(f -> f.type() == Finding.Type.NATIONAL_MISMATCH).toList();
    }
}
