package vn.chiso766.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publication settings a user edits (data/publication.properties): who issues the monthly
 * notice, who signs it, who receives it. Keys are documented in that file.
 *
 * @param values     every key as written, NFC
 * @param recipients the "Nơi nhận" lines, in order
 */
public record Settings(Map<String, String> values, List<String> recipients) {
    /** The keys the notice reads; each may be prefixed with a province code ("H21.ky.ho_ten"). */
    public static final List<String> KEYS = List.of("co_quan_chu_quan", "co_quan_ban_hanh", "dia_danh", "so",
            "ky_hieu", "ngay_ban_hanh", "ky.tham_quyen", "ky.thay", "ky.chuc_vu", "ky.ho_ten", "luu",
            "dia_chi_an_pham");
    /** Keys that may also be given for one period ("so.2026-10"). */
    public static final Set<String> PER_PERIOD = Set.of("so", "ngay_ban_hanh");
    /** Recipients are "noi_nhan.1", "noi_nhan.2", …, shared by every province. */
    public static final String RECIPIENT = "noi_nhan.";

    public Settings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        recipients = List.copyOf(recipients);
    }

    public static Settings empty() {
        return new Settings(Map.of(), List.of());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }
}
