package vn.chiso766.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.chiso766.model.Settings;

/**
 * Reads publication.properties (UTF-8). Recipients are the keys noi_nhan.1, noi_nhan.2, … in
 * numeric order. A missing file gives empty settings; the renderers have defaults.
 */
final class SettingsLoader {
    static final String FILE = "publication.properties";
    private static final String RECIPIENT = "noi_nhan.";

    private SettingsLoader() {
    }

    static Settings load(Path dataDir, Problems problems) {
        Path path = dataDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return Settings.empty();
        }
        String file = path.toString();
        Properties properties = new Properties();
        try {
            byte[] bytes = Files.readAllBytes(path);
            var text = TextDecoder.decode(bytes, file, problems);
            if (text.isEmpty()) {
                return Settings.empty();
            }
            properties.load(new StringReader(text.get()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.ofFile(file, "không đọc được tệp cấu hình (" + e.getMessage() + ")."));
            return Settings.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        TreeMap<Integer, String> recipients = new TreeMap<>();
        for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
            String value = Normalizer.normalize(properties.getProperty(key).strip(), Normalizer.Form.NFC);
            if (key.startsWith(RECIPIENT)) {
                recipient(key, value, recipients, file, problems);
            } else {
                values.put(key, value);
            }
        }
        return new Settings(values, List.copyOf(recipients.values()));
    }

    private static void recipient(String key, String value, TreeMap<Integer, String> recipients, String file,
                                  Problems problems) {
        try {
            recipients.put(Integer.parseInt(key.substring(RECIPIENT.length())), value);
        } catch (NumberFormatException e) {
            problems.add(Problem.ofFile(file, "khóa \"" + key + "\" không hợp lệ: dùng noi_nhan.1, noi_nhan.2, …"));
        }
    }
}
