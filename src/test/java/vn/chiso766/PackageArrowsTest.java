package vn.chiso766;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's arrows point one way: load → score → render → publish, each step using only the
 * steps before it (and the domain values in model); the portal is a source of figures beside load;
 * bench and cli sit on top. An import against the arrows fails here, by file and line.
 */
class PackageArrowsTest {
    private static final Path SOURCES = Path.of("src/main/java/vn/chiso766");
    /** A package may import only packages of a lower rank. */
    private static final Map<String, Integer> RANK = Map.of("model", 0, "load", 1, "sample", 1, "portal", 2,
            "score", 2, "render", 3, "publish", 4, "bench", 5, "cli", 6);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(vn\\.chiso766\\.([a-z]+)\\.[\\w.]+);");

    @Test
    void everyImportFollowsThePipelinesArrows() throws IOException {
        List<String> against = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = IMPORT.matcher(lines.get(i));
                    if (m.find() && !m.group(2).equals(from) && !allowed(from, m.group(2))) {
                        against.add(file + ":" + (i + 1) + ": " + from + " -> " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), against);
    }

    @Test
    void everyPackageHasARank() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            assertEquals(RANK.keySet(), Set.copyOf(packages.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString()).toList()));
        }
    }

    private static boolean allowed(String from, String to) {
        return RANK.get(to) < RANK.get(from);
    }
}
