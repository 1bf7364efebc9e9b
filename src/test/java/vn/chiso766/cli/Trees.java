package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder as relative path → bytes (folders as "name/" → empty), to compare byte for byte. */
final class Trees {
    private Trees() {
    }

    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                files.put(Files.isDirectory(p) ? name + "/" : name, Files.isDirectory(p) ? new byte[0]
                        : Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void assertIdentical(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (var e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                assertEquals(e.getKey() + " unchanged", e.getKey() + " differs at byte "
                        + Arrays.mismatch(e.getValue(), actual.get(e.getKey())));
            }
        }
    }
}
