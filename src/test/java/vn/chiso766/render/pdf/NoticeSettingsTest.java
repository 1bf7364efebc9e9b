package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Period;
import vn.chiso766.model.Settings;

class NoticeSettingsTest {
    private static final Period OCTOBER = Period.of(2026, 10);

    @Test
    void absentKeysAreDerivedFromTheProvinceName() {
        NoticeSettings s = NoticeSettings.of(Settings.empty(), "H21", "UBND tỉnh Gia Lai", OCTOBER);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"), s.issuingBody());
        assertEquals("Gia Lai, ngày 05 tháng 11 năm 2026", s.dateLine());
        assertEquals("Số: \u2007\u2007\u2007\u2007\u2007\u2007/TB-UBND", s.numberLine());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), s.signer());
        assertEquals("", s.signerName());
        assertEquals("VT", s.archive());
    }

    @Test
    void theDateLineHasLeadingZerosForDayAndMonth() {
        Settings settings = new Settings(Map.of("ngay_ban_hanh.2026-01", "2026-02-03"), List.of());
        NoticeSettings s = NoticeSettings.of(settings, "H21", "Tỉnh Mẫu", Period.of(2026, 1));
        assertEquals("Mẫu, ngày 03 tháng 02 năm 2026", s.dateLine());
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH MẪU"), s.issuingBody());
    }

    @Test
    void theIssueDayIsClippedToTheNextMonth() {
        Settings settings = new Settings(Map.of("ngay_ban_hanh", "31"), List.of());
        assertEquals(LocalDate.of(2027, 2, 28),
                NoticeSettings.of(settings, "H21", "Tỉnh Mẫu", Period.of(2027, 1)).issueDate());
    }

    /** The loader accepts exactly Settings.KEYS (and their per-period forms): each must change the notice. */
    @Test
    void everyKeyTheLoaderAcceptsIsRead() {
        NoticeSettings defaults = NoticeSettings.of(Settings.empty(), "H21", "UBND tỉnh Gia Lai", OCTOBER);
        Map<String, String> written = new java.util.HashMap<>();
        Settings.KEYS.forEach(key -> written.put(key, key.equals("ngay_ban_hanh") ? "9" : "Giá trị thử"));
        written.put("so.2026-10", "57");
        written.put("ngay_ban_hanh.2026-10", "2026-11-09");
        written.forEach((key, value) -> {
            Settings one = new Settings(Map.of("H21." + key, value), List.of());
            assertNotEquals(defaults, NoticeSettings.of(one, "H21", "UBND tỉnh Gia Lai", OCTOBER), key);
        });
    }

    @Test
    void provinceAndPeriodPrefixesWinOverPlainKeys() {
        Settings settings = new Settings(Map.of("ky.ho_ten", "Người Chung", "H21.ky.ho_ten", "Người Riêng",
                "so", "1", "so.2026-10", "57", "ky.thay", "-", "co_quan_ban_hanh", "Ủy ban nhân dân|tỉnh Mẫu"),
                List.of("Các sở, ban, ngành tỉnh;"));
        NoticeSettings s = NoticeSettings.of(settings, "H21", "UBND tỉnh Gia Lai", OCTOBER);
        assertEquals("Người Riêng", s.signerName());
        assertEquals("Số: 57/TB-UBND", s.numberLine());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"), s.signer());
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH MẪU"), s.issuingBody());
        assertEquals("Người Chung", NoticeSettings.of(settings, "H22", "UBND tỉnh Khác", OCTOBER).signerName());
    }

    @Test
    void sentencesNameTheProvinceInLowerCase() {
        assertEquals("tỉnh Gia Lai", NoticeSettings.provinceLabel("UBND tỉnh Gia Lai"));
        assertEquals("thành phố Huế", NoticeSettings.provinceLabel("Thành phố Huế"));
        assertEquals("tỉnh Mẫu", NoticeSettings.provinceLabel("Tỉnh Mẫu"));
    }
}
