package vn.chiso766.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.chiso766.model.Period;

/**
 * Digests of a data folder's files (names and bytes): of the whole folder, where equal digests
 * mean the same data; and of what one period's documents may be made from, which is every file
 * but those of later periods. A file is a period's when it, or a folder it is in, is named after
 * that period (scores/2026-11.csv, national/2026-11.csv, sources/2026-11.properties).
 */
public final class DataDigest {
    private record File(String name, Optional<Period> period, byte[] hash) {
    }

    private final List<File> files;
    private final Map<String, File> byName = new HashMap<>();

    private DataDigest(List<File> files) {
        this.files = files;
        files.forEach(f -> byName.put(f.name(), f));
    }

    /** Reads and hashes every file of the folder once, on all cores (a year of daily snapshots is 40 MB). */
    public static DataDigest of(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.filter(Files::isRegularFile).sorted().toList();
            List<File> files = paths.parallelStream().map(path -> {
                String name = dir.relativize(path).toString().replace('\\', '/');
                try {
                    return new File(name, periodOf(name), sha256().digest(Files.readAllBytes(path)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return new DataDigest(files);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The SHA-256 of a file's bytes as this digest read them, by its name in the folder ("scores/2026/2026-10-05.csv"). */
    Optional<byte[]> hash(String name) {
        return Optional.ofNullable(byName.get(name)).map(File::hash).map(byte[]::clone);
    }

    public String whole() {
        return combine(file -> true);
    }

    /**
     * The digest of the files a period's documents may be made from: those of no period, and those of
     * the periods of its own kind up to it, a snapshot's file counting as its period on its day.
     */
    public String upTo(Period period) {
        return combine(file -> file.period().map(p -> p.span() == period.span()
                && p.compareTo(period) <= 0).orElse(true));
    }

    private String combine(Predicate<File> included) {
        MessageDigest digest = sha256();
        for (File file : files) {
            if (included.test(file)) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.hash());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The period a file's name or one of its folders' names gives, e.g. 2026-11 for scores/2026-11.csv,
     * with the snapshot's day for a dated file in the period's folder (scores/2026/2026-10-05.csv).
     */
    static Optional<Period> periodOf(String name) {
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length; i++) {
            Optional<Period> period = Period.parse(stem(parts[i]));
            if (period.isPresent()) {
                Optional<java.time.LocalDate> day = i + 1 < parts.length ? Period.parseDate(stem(parts[i + 1]))
                        : Optional.empty();
                return Optional.of(day.map(period.get()::at).orElse(period.get()));
            }
        }
        return Optional.empty();
    }

    private static String stem(String part) {
        int dot = part.lastIndexOf('.');
        return dot > 0 ? part.substring(0, dot) : part;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
