package vn.chiso766.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import's files into the data folder all or nothing: each new file is written beside its
 * target first, then moved over it; if any step fails, the files moved so far are put back as they were.
 */
final class Commit {
    private Commit() {
    }

    /**
     * @param remove files to delete with the write (raw answers of an earlier fetch that this one replaces)
     * @return the files that really changed, relative to the folder
     */
    static List<String> write(Path data, Map<String, byte[]> files, List<String> remove) throws IOException {
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = data.resolve(file.getKey());
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                changed.put(target, file.getValue());
            }
        }
        List<Path> created = new ArrayList<>();
        Map<Path, Path> staged = new LinkedHashMap<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> existed = changed.keySet().stream().filter(Files::exists).toList();
        try {
            for (Map.Entry<Path, byte[]> file : changed.entrySet()) {
                createParents(file.getKey().getParent(), created);
                staged.put(file.getKey(), stage(file.getKey(), file.getValue()));
            }
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Path target = file.getKey();
                if (Files.exists(target)) {
                    backups.put(target, Files.copy(target, sibling(target, "bak"), StandardCopyOption.COPY_ATTRIBUTES));
                }
                Files.move(file.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            for (String file : remove) {
                Path target = data.resolve(file);
                backups.put(target, Files.move(target, sibling(target, "bak"), StandardCopyOption.ATOMIC_MOVE));
                staged.put(target, sibling(target, "new"));
            }
        } catch (IOException | RuntimeException e) {
            rollBack(staged, backups, existed, created, e);
            throw e;
        }
        for (Path backup : backups.values()) {
            Files.deleteIfExists(backup);
        }
        List<String> written = new ArrayList<>(changed.keySet().stream()
                .map(p -> data.relativize(p).toString().replace('\\', '/')).toList());
        remove.forEach(file -> written.add(file + " (xóa)"));
        return written;
    }

    private static Path stage(Path target, byte[] bytes) throws IOException {
        Path temp = sibling(target, "new");
        Files.write(temp, bytes);
        return temp;
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + ".import-" + what + "-" + ProcessHandle.current().pid());
    }

    /** Creates a file's missing folders, the data folder itself included (a province starting from scratch). */
    private static void createParents(Path dir, List<Path> created) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        createParents(dir.getParent(), created);
        Files.createDirectory(dir);
        created.add(dir);
    }

    /**
     * Puts every touched file back: a replaced file from its backup, a new one removed, one not yet
     * reached left alone. A failure here is added to the first error, never put in its place.
     */
    private static void rollBack(Map<Path, Path> staged, Map<Path, Path> backups, List<Path> existed,
                                 List<Path> created, Exception first) {
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            Path target = file.getKey();
            try {
                boolean moved = !Files.exists(file.getValue());
                Files.deleteIfExists(file.getValue());
                Path backup = backups.get(target);
                if (backup != null) {
                    Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else if (moved && !existed.contains(target)) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                first.addSuppressed(e);
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                first.addSuppressed(e);
            }
        }
    }
}
