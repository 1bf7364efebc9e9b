package vn.chiso766.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a publication was made from: one line per document, "path TAB key [TAB scope]", where the
 * key is the document's fingerprint combined with the build of chiso766 that rendered it, and the
 * scope (where the document has one) the digest of the data and code it was made from. Written as
 * the marker file of the publication, so an earlier publication can lend its unchanged files.
 */
record Manifest(String inputs, Map<String, String> keys, Map<String, String> scopes) {
    static final String HEADER = "chiso766";

    Manifest {
        keys = java.util.Collections.unmodifiableMap(new TreeMap<>(keys));
        scopes = java.util.Collections.unmodifiableMap(new TreeMap<>(scopes));
    }

    Manifest(String inputs, Map<String, String> keys) {
        this(inputs, keys, Map.of());
    }

    static Manifest empty() {
        return new Manifest("", Map.of());
    }

    /** Reads the manifest of a publication; empty where there is none or it is unreadable. */
    static Manifest read(Path publication) {
        Path file = publication.resolve(Publisher.MARKER);
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
                return empty();
            }
            String inputs = lines.get(0).length() > HEADER.length() ? lines.get(0).substring(HEADER.length() + 1) : "";
            Map<String, String> keys = new TreeMap<>();
            Map<String, String> scopes = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 2 && !fields[0].isEmpty()) { // an empty key: rendered on every build
                    keys.put(fields[0], fields[1]);
                    if (fields.length >= 3 && !fields[2].isEmpty()) {
                        scopes.put(fields[0], fields[2]);
                    }
                }
            }
            return new Manifest(inputs, keys, scopes);
        } catch (IOException e) {
            return empty();
        }
    }

    void write(Path publication) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append(inputs.isEmpty() ? "" : " " + inputs).append('\n');
        keys.forEach((path, key) -> {
            text.append(path).append('\t').append(key);
            String scope = scopes.getOrDefault(path, "");
            text.append(scope.isEmpty() ? "" : "\t" + scope).append('\n');
        });
        Files.writeString(publication.resolve(Publisher.MARKER), text, StandardCharsets.UTF_8);
    }
}
