package vn.chiso766.render.view;

import java.util.Map;
import java.util.Optional;

/**
 * What an indicator's numerator and denominator count, in words, for the plan's sentences
 * ("thêm 77 hồ sơ xử lý trước hạn, đúng hạn (trên 2.618 hồ sơ tiếp nhận)"). Wording only: the
 * rules stay in the catalogue. An indicator not listed here (a new one of the catalogue) is
 * worded by its numerator and denominator.
 *
 * @param what the items the numerator counts
 * @param of   the items the denominator counts
 * @param noun the items, plainly ("hồ sơ")
 */
record Counted(String what, String of, String noun) {
    private static final String TTHC = "thủ tục hành chính";
    private static final String DOSSIERS = "hồ sơ";
    private static final String PETITIONS = "phản ánh, kiến nghị";
    private static final Map<String, Counted> KNOWN = Map.ofEntries(
            Map.entry("PUBLISH_ON_TIME", new Counted("thủ tục hành chính công bố đúng hạn", TTHC)),
            Map.entry("PUBLIC_UPDATE_ON_TIME", new Counted("thủ tục hành chính được cập nhật, công khai đúng hạn", TTHC)),
            Map.entry("PUBLIC_CONTENT_FULL", new Counted("thủ tục hành chính được công khai đầy đủ nội dung", TTHC)),
            Map.entry("DOSSIER_SYNC", new Counted("hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", DOSSIERS)),
            Map.entry("ON_TIME", new Counted("hồ sơ xử lý trước hạn, đúng hạn", "hồ sơ tiếp nhận")),
            Map.entry("ORIGINAL_RESULT_AVAILABLE", new Counted("hồ sơ có kết quả giải quyết điện tử", DOSSIERS)),
            Map.entry("SO_HOA_GIAY_TO_GIAI_QUYET", new Counted("hồ sơ được số hóa", DOSSIERS)),
            Map.entry("REUSED_DIGITIZED_DATA", new Counted("hồ sơ khai thác, sử dụng lại dữ liệu số hóa", DOSSIERS)),
            Map.entry("SYNCED_WITH_DVCQG_PERSONAL_STORAGE", new Counted("hồ sơ số hóa có kết nối, chia sẻ dữ liệu", DOSSIERS)),
            Map.entry("CITIZEN_DATA_CONNECTED_DOSSIER", new Counted("hồ sơ sử dụng dữ liệu dân cư", DOSSIERS)),
            Map.entry("CITIZEN_DATA_CONNECTED_FORMALITY", new Counted("thủ tục hành chính kết nối, chia sẻ dữ liệu dân cư", TTHC)),
            Map.entry("PETITION_PROCESSING_ON_TIME", new Counted("phản ánh, kiến nghị xử lý đúng hạn", PETITIONS)));

    private Counted(String what, String of) {
        this(what, of, of.startsWith(DOSSIERS) ? DOSSIERS : of);
    }

    /** The words of a listed indicator; empty for one the plan words by numerator and denominator. */
    static Optional<Counted> of(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }
}
