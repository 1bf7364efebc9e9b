package vn.chiso766.render.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.chiso766.model.Period;
import vn.chiso766.model.Settings;

/**
 * Who issues and signs a province's monthly notice, from data/publication.properties (keys
 * documented in the sample file and the README). A key may be prefixed with a province code
 * ("H21.ky.ho_ten") for data with several provinces, and "so" and "ngay_ban_hanh" with a
 * period ("so.2026-10"). Absent keys are derived from the province unit's name.
 *
 * @param issuingBody lines of the issuing body, printed in capitals
 * @param number      the document number, empty where it is filled in at registration
 * @param signer      the signing authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", title)
 * @param recipients  the "Nơi nhận" lines without dash or punctuation
 * @param address     the publication's web address without a final "/", empty where not given
 */
public record NoticeSettings(String parentBody, List<String> issuingBody, String place, String number, String symbol,
                      LocalDate issueDate, List<String> signer, String signerName, List<String> recipients,
                      String archive, String address) {
    static final int DEFAULT_ISSUE_DAY = 5;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern UBND = Pattern.compile("^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEVEL = Pattern.compile("^(tỉnh|thành phố|tp\\.?)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> DEFAULT_RECIPIENTS = List.of(
            "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)",
            "Thường trực Tỉnh ủy, Thường trực HĐND tỉnh",
            "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
            "Các sở, ban, ngành tỉnh",
            "UBND các xã, phường, đặc khu");

    public static NoticeSettings of(Settings settings, String provinceCode, String provinceName, Period period) {
        Lookup lookup = new Lookup(settings, provinceCode, period);
        String local = provinceLabel(provinceName);
        String place = LEVEL.matcher(local).replaceFirst("");
        return new NoticeSettings(
                upper(lookup.get("co_quan_chu_quan").orElse("")),
                lookup.get("co_quan_ban_hanh").map(NoticeSettings::lines)
                        .orElse(List.of("ỦY BAN NHÂN DÂN", local)).stream().map(NoticeSettings::upper).toList(),
                lookup.get("dia_danh").orElse(place),
                lookup.forPeriod("so").orElse(""),
                lookup.get("ky_hieu").orElse("TB-UBND"),
                issueDate(lookup, period),
                List.of(lookup.get("ky.tham_quyen").orElse("TM. ỦY BAN NHÂN DÂN"),
                        lookup.get("ky.thay").orElse("KT. CHỦ TỊCH"),
                        lookup.get("ky.chuc_vu").orElse("PHÓ CHỦ TỊCH")).stream()
                        .filter(s -> !s.equals("-")).map(NoticeSettings::upper).toList(),
                lookup.get("ky.ho_ten").orElse(""),
                settings.recipients().isEmpty() ? DEFAULT_RECIPIENTS : settings.recipients(),
                lookup.get("luu").orElse("VT"),
                lookup.get("dia_chi_an_pham").map(a -> a.replaceAll("/+$", "")).orElse(""));
    }

    /** "tỉnh Gia Lai" from "UBND tỉnh Gia Lai" or "Tỉnh Gia Lai", as a sentence names the province. */
    public static String provinceLabel(String name) {
        String label = UBND.matcher(name.strip()).replaceFirst("");
        return LEVEL.matcher(label).lookingAt() ? NoticeText.lower(label) : label;
    }

    /** "Số: 123/TB-UBND", or a blank for the number where it is given at registration. */
    public String numberLine() {
        return "Số: " + (number.isEmpty() ? "\u2007\u2007\u2007\u2007\u2007\u2007" : number) + "/" + symbol;
    }

    /** "Gia Lai, ngày 05 tháng 11 năm 2026": built by hand, leading zeros as the standard asks. */
    public String dateLine() {
        return String.format("%s, ngày %02d tháng %02d năm %d", place, issueDate.getDayOfMonth(),
                issueDate.getMonthValue(), issueDate.getYear());
    }

    /**
     * The issue date: "ngay_ban_hanh.<period>" as YYYY-MM-DD, else day N of the next month.
     * Both were checked when the data folder was loaded (SettingsLoader).
     */
    private static LocalDate issueDate(Lookup lookup, Period period) {
        Optional<String> exact = lookup.get("ngay_ban_hanh." + period);
        if (exact.isPresent()) {
            return LocalDate.parse(exact.get());
        }
        if (period.provisional()) {
            return period.snapshot().plusDays(1); // figures up to a day are reported the day after
        }
        int day = lookup.get("ngay_ban_hanh").map(Integer::parseInt).orElse(DEFAULT_ISSUE_DAY);
        LocalDate next = period.lastDay().plusDays(1);
        return next.withDayOfMonth(Math.min(day, next.lengthOfMonth()));
    }

    private static List<String> lines(String value) {
        return new ArrayList<>(Arrays.stream(value.split("\\n|\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** Settings with the province prefix first, then the plain key. */
    private record Lookup(Settings settings, String province, Period period) {
        Optional<String> get(String key) {
            return settings.get(province + "." + key).or(() -> settings.get(key));
        }

        Optional<String> forPeriod(String key) {
            return get(key + "." + period).or(() -> get(key));
        }
    }
}
