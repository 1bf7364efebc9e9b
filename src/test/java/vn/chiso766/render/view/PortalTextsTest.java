package vn.chiso766.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Band;
import vn.chiso766.model.NationalRow;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.Provenance;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;

class PortalTextsTest {
    private static final Period OCT = Period.of(2026, 10);

    private static Provenance provenance(Provenance.Kind kind, String at, List<String> files) {
        return new Provenance(OCT, kind, Optional.of("https://dichvucong.gov.vn"), files, OffsetDateTime.parse(at));
    }

    private static NationalRanking ranking(Integer rank, Integer delta, Period previous) {
        NationalRow row = new NationalRow("H21", "UBND tỉnh Gia Lai", "id", Map.of(), Optional.of(BigDecimal.TEN),
                Optional.empty(), new Observation.Source("n.csv", 2));
        NationalPlace place = new NationalPlace(row, Optional.ofNullable(rank), Optional.empty(), Optional.ofNullable(delta),
                Optional.of(new Band("Yếu", BigDecimal.ZERO)));
        return new NationalRanking(OCT, List.of(place), 34, Optional.ofNullable(previous));
    }

    @Test
    void provenanceIsShownInVietnamTime() {
        assertEquals("Số liệu lấy từ Cổng Dịch vụ công quốc gia lúc 08:15 ngày 05/11/2026.", PortalTexts.provenance(
                Optional.of(provenance(Provenance.Kind.PORTAL, "2026-11-05T08:15:00+07:00", List.of()))));
        assertEquals("Số liệu nhập từ các tệp trả lời của Cổng Dịch vụ công quốc gia (a.json, b.json) lúc 06:05 ngày"
                + " 01/11/2026.", PortalTexts.provenance(Optional.of(provenance(Provenance.Kind.FILES,
                "2026-10-31T23:05:00Z", List.of("/home/sv/tra-loi/a.json", "C:\\Tai lieu\\b.json")))));
        assertEquals("", PortalTexts.provenance(Optional.empty()));
        assertEquals("Số liệu nhập từ các tệp trả lời của Cổng Dịch vụ công quốc gia (4 tệp) lúc 06:05 ngày 01/11/2026.",
                PortalTexts.provenance(Optional.of(provenance(Provenance.Kind.FILES, "2026-10-31T23:05:00Z",
                List.of("a.json", "b.json", "c.json", "d.json")))));
        assertEquals("Số liệu nhập từ các tệp trả lời của Cổng Dịch vụ công quốc gia lúc 06 giờ 05 phút ngày 01/11/2026.",
                PortalTexts.officialProvenance(Optional.of(provenance(Provenance.Kind.FILES, "2026-10-31T23:05:00Z",
                List.of("a.json")))));
    }

    @Test
    void standingSaysThePlaceAndTheMove() {
        Period sep = Period.of(2026, 9);
        assertEquals("đứng thứ 4/34 tỉnh, thành phố, tăng 2 bậc so với tháng trước",
                PortalTexts.standing(Optional.of(ranking(4, 2, sep)), "H21", false).orElseThrow());
        assertEquals("đứng thứ 4/34 tỉnh, thành phố, giảm 1 bậc so với tháng 09/2026",
                PortalTexts.standing(Optional.of(ranking(4, -1, sep)), "H21", true).orElseThrow());
        assertEquals("đứng thứ 4/34 tỉnh, thành phố, giữ nguyên vị trí so với tháng 08/2026",
                PortalTexts.standing(Optional.of(ranking(4, 0, Period.of(2026, 8))), "H21", false).orElseThrow());
        assertEquals("đứng thứ 4/34 tỉnh, thành phố", PortalTexts.standing(Optional.of(ranking(4, null, null)), "H21", false)
                .orElseThrow());
        assertTrue(PortalTexts.standing(Optional.of(ranking(null, null, sep)), "H21", false).orElseThrow()
                .startsWith("chưa được xếp hạng"));
        assertTrue(PortalTexts.standing(Optional.of(ranking(4, 2, sep)), "H22", false).isEmpty());
        assertTrue(PortalTexts.standing(Optional.empty(), "H21", false).isEmpty());
        assertEquals("Thành phố", PortalTexts.subject("UBND Thành phố Hải Phòng"));
        assertEquals("Tỉnh", PortalTexts.subject("UBND tỉnh Gia Lai"));
    }
}
