package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Kind;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;
import vn.chiso766.score.Shortfall;
import vn.chiso766.score.Shortfalls;
import vn.chiso766.score.UnitResult;

/** The notice's paragraphs on who must fix what: every figure one of the shortfall's. */
class PlanTextTest {
    private static List<Shortfall> shortfalls(Path dir, String province) throws Exception {
        Results results = Scorer.score(DataFolder.load(dir));
        PeriodResult period = results.latest();
        Optional<UnitResult> own = period.unit(province).filter(u -> u.unit().kind() == Kind.PROVINCE);
        List<UnitResult> members = period.units().stream().filter(u -> u.unit().kind() != Kind.PROVINCE).toList();
        return Shortfalls.of(own, members, results.dataset().catalogue());
    }

    @Test
    void theParagraphNamesTheLeadingUnitsWithTheirCountsAndSaysWhereTheProvinceIsNotTheSum(@TempDir Path dir)
            throws Exception {
        TestData.in(dir).units("code,name,kind,parent\nP,UBND tỉnh Thử,PROVINCE,\nA1,Sở Tư pháp,AGENCY,P\n"
                        + "C1,Xã Kim Khánh,COMMUNE,P\n")
                .period("2026-10", "unit_code,indicator,numerator,denominator,score\nP,ON_TIME,90,120,\n"
                        + "A1,ON_TIME,30,50,\nC1,ON_TIME,45,60,\n");
        Shortfall onTime = shortfalls(dir, "P").stream().filter(s -> s.indicator().code().equals("ON_TIME"))
                .findFirst().orElseThrow();
        assertTrue(onTime.provinceNotSum());
        // Sở Tư pháp needs 20 of the 35 (57%): it alone passes half, so the sentence names it alone
        assertEquals("Đề nghị Sở Tư pháp khẩn trương nâng tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: đơn vị này cần thêm 20"
                + " hồ sơ xử lý trước hạn, đúng hạn, chiếm 57% số cần thêm của các đơn vị trong tỉnh (35 hồ sơ) để đạt điểm"
                + " tối đa của chỉ số. Số liệu của chính tỉnh (90/120) không phải tổng số liệu của các đơn vị (75/110): số"
                + " cần thêm nêu ở đây là của các đơn vị, không cộng thành số của tỉnh.", PlanText.paragraph(onTime, ""));
    }

    @Test
    void communesAreAddressedAsTheirPeoplesCommittees() {
        assertEquals("UBND xã Kim Khánh", vn.chiso766.render.view.ShortfallTexts.addressee("Xã Kim Khánh", Kind.COMMUNE));
        assertEquals("UBND đặc khu Cù Lao Mây", vn.chiso766.render.view.ShortfallTexts.addressee("Đặc khu Cù Lao Mây",
                Kind.COMMUNE));
        assertEquals("Sở Tư pháp", vn.chiso766.render.view.ShortfallTexts.addressee("Sở Tư pháp", Kind.AGENCY));
    }

    @Test
    void provinceWideFiguresAreNamedOnceWithoutAssigningThem() throws Exception {
        Shortfall publish = shortfalls(TestData.GIA_LAI, "H21").stream()
                .filter(s -> s.indicator().code().equals("PUBLISH_ON_TIME")).findFirst().orElseThrow();
        assertEquals("Chỉ số \u201cTỷ lệ thủ tục hành chính công bố đúng hạn\u201d là số liệu chung của toàn tỉnh (1/47,"
                + " giống nhau ở mọi đơn vị): cần thêm 46 thủ tục hành chính công bố đúng hạn để đạt điểm tối đa; đề nghị"
                + " các cơ quan, đơn vị được giao khẩn trương khắc phục.", PlanText.paragraph(publish, ""));
        assertTrue(PlanText.paragraph(publish, "Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp").endsWith(
                "để đạt điểm tối đa; đề nghị Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp khẩn trương khắc phục."),
                "the lead of responsibilities.csv is asked by name");
    }
}
