package vn.chiso766.render.view;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.model.Provenance;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;

/** Sentences about the portal's data: where a period's figures came from, a province's national standing. */
public final class PortalTexts {
    /** Times are shown as a reader in Vietnam reads them, whatever offset the file was written with. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PORTAL = "Cổng Dịch vụ công quốc gia";

    private PortalTexts() {
    }

    /** Up to this many answer files are named; a national import has hundreds. */
    static final int NAMED_FILES = 3;

    /** "Số liệu lấy từ Cổng Dịch vụ công quốc gia lúc 08:15 ngày 05/11/2026."; "" without provenance. */
    public static String provenance(Optional<Provenance> provenance) {
        return provenance.map(p -> provenance(p, false)).orElse("");
    }

    /**
     * The same in an official document's register: "lúc 08 giờ 15 phút ngày 05/11/2026" (a justified
     * PDF line may break after the colon of "08:15", and the fonts have no word joiner), no file names.
     */
    public static String officialProvenance(Optional<Provenance> provenance) {
        return provenance.map(p -> provenance(p, true)).orElse("");
    }

    static String provenance(Provenance p, boolean official) {
        ZonedDateTime at = p.retrievedAt().atZoneSameInstant(VIETNAM);
        String when = official ? officialTime(at) : time(at);
        return switch (p.kind()) {
            case PORTAL -> "Số liệu lấy từ " + PORTAL + " lúc " + when + ".";
            case FILES -> "Số liệu nhập từ các tệp trả lời của " + PORTAL + (official ? "" : " (" + files(p) + ")")
                    + " lúc " + when + ".";
        };
    }

    /** "a.json, b.json" or "239 tệp". */
    private static String files(Provenance p) {
        return p.files().size() > NAMED_FILES ? p.files().size() + " tệp"
                : String.join(", ", p.files().stream().map(PortalTexts::fileName).toList());
    }

    /** A file's name without its folder: where it lay is the publisher's machine, not the reader's business. */
    static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** "08 giờ 15 phút ngày 05/11/2026". */
    static String officialTime(ZonedDateTime at) {
        return String.format("%02d giờ %02d phút ngày ", at.getHour(), at.getMinute()) + PeriodNames.date(at.toLocalDate());
    }

    /** "08:15 ngày 05/11/2026". */
    static String time(ZonedDateTime at) {
        return String.format("%02d:%02d ngày ", at.getHour(), at.getMinute()) + PeriodNames.date(at.toLocalDate());
    }

    /**
     * "đứng thứ 4/34 tỉnh, thành phố, tăng 2 bậc so với tháng trước" (site) or "… so với tháng 09/2026"
     * (official register, {@code namedMonth}); empty where the period has no national list or the
     * province is not in it.
     */
    public static Optional<String> standing(Optional<NationalRanking> ranking, String provinceCode, boolean namedMonth) {
        return ranking.flatMap(r -> r.place(provinceCode).map(p -> standing(r, p, namedMonth)));
    }

    private static String standing(NationalRanking ranking, NationalPlace place, boolean namedMonth) {
        if (place.rank().isEmpty()) {
            return "chưa được xếp hạng trong danh sách các tỉnh, thành phố (chưa có đủ số liệu)";
        }
        String at = "đứng thứ " + place.rank().get() + "/" + ranking.ranked() + " tỉnh, thành phố";
        Optional<String> since = ranking.previous().map(p -> since(ranking.period(), p, namedMonth));
        return at + place.deltaRank().flatMap(d -> since.map(s -> ", " + move(d) + " " + s)).orElse("");
    }

    private static String since(Period period, Period previous, boolean namedMonth) {
        boolean justBefore = previous.samePeriod(period.previous());
        return "so với " + (justBefore && !namedMonth ? PeriodNames.previousWord(period) : PeriodNames.month(previous));
    }

    /** "tăng 2 bậc", "giảm 1 bậc", "giữ nguyên vị trí". */
    static String move(int delta) {
        return delta > 0 ? "tăng " + delta + " bậc" : delta < 0 ? "giảm " + (-delta) + " bậc" : "giữ nguyên vị trí";
    }

    /** The province's own word for itself: "Thành phố" for a city, else "Tỉnh". */
    public static String subject(String provinceName) {
        return provinceName.contains("Thành phố") || provinceName.contains("thành phố") ? "Thành phố" : "Tỉnh";
    }
}
