package vn.chiso766.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small file-tree helpers. */
public final class Folders {
    private Folders() {
    }

    /**
     * Deletes a tree: its files, then its folders deepest first, the folders of one depth on all cores.
     * A folder's removal frees a block, which a disk mounted with online discard trims at once (~2 ms):
     * a year of daily snapshots is 300 folders.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p);
                } else {
                    Files.deleteIfExists(p);
                }
            }
        }
        Map<Integer, List<Path>> byDepth = new TreeMap<>(Comparator.reverseOrder());
        folders.forEach(f -> byDepth.computeIfAbsent(f.getNameCount(), d -> new ArrayList<>()).add(f));
        for (List<Path> level : byDepth.values()) {
            try {
                level.parallelStream().forEach(Folders::deleteFolder);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static void deleteFolder(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
