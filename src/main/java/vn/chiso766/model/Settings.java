package vn.chiso766.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publication settings a user edits (data/publication.properties): who issues the monthly
 * notice, who signs it, who receives it. Keys are documented in that file.
 *
 * @param values     every key as written, NFC
 * @param recipients the "Nơi nhận" lines, in order
 */
public record Settings(Map<String, String> values, List<String> recipients) {
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
