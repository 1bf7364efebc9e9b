package vn.chiso766.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;

/**
 * The rows of snapshot files already read and found clean, kept between runs: a year of daily
 * snapshots is a million rows, read again every day for one new file. An entry is named by the
 * digest of the file's bytes and of everything its checks depend on (units.csv, the catalogue, the
 * program itself), so a changed file, unit list, catalogue or program never meets an old entry.
 * Only files read without a problem are kept; a cache that cannot be read or written is skipped
 * silently, as if it were empty. An entry is touched each time it is used; entries unused for
 * {@link #UNUSED} (those of an older program, unit list or catalogue, or of files since removed)
 * are deleted when a run writes new ones, so the cache does not grow with every upgrade.
 */
final class SnapshotCache {
    /** Longer than the gap between two monthly builds, with room for a late one. */
    static final Duration UNUSED = Duration.ofDays(62);

    private final Optional<Path> folder;
    private final byte[] context;
    private final AtomicBoolean pruned = new AtomicBoolean();

    /** @param folder where entries live; empty for no cache */
    SnapshotCache(Optional<Path> folder, byte[] context) {
        this.folder = folder;
        this.context = context.clone();
    }

    /**
     * The user's cache (XDG_CACHE_HOME or ~/.cache, then chiso766/snapshots) for a program run from its
     * jar; none for a program run from classes (tests, development), whose code changes under it.
     */
    static SnapshotCache forData(Path dataDir) {
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return new SnapshotCache(Optional.empty(), new byte[0]);
        }
        String base = System.getenv("XDG_CACHE_HOME");
        Path root = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache");
        MessageDigest digest = sha256();
        update(digest, jar.get().toString() + ":" + size(jar.get()) + ":" + modified(jar.get()));
        for (Path input : inputs(dataDir)) {
            update(digest, input.getFileName().toString());
            digest.update(bytes(input));
        }
        return new SnapshotCache(Optional.of(root.resolve("chiso766").resolve("snapshots")), digest.digest());
    }

    /**
     * The file's rows from the cache, else from {@code read}, kept when it read without a problem. Rows
     * from the cache stay encoded and are decoded each time they are asked for ({@link PeriodData#deferred}).
     *
     * @param hash the SHA-256 of the file's bytes where the caller has it (DataDigest), else empty
     */
    Optional<PeriodData> load(Path path, String file, Period period, Problems problems, Canonical canonical,
                              Optional<byte[]> hash, Supplier<Optional<PeriodData>> read) {
        if (folder.isEmpty()) {
            return read.get();
        }
        Optional<Path> entry = hash.or(() -> hash(path)).map(this::entry);
        Optional<byte[]> cached = entry.flatMap(SnapshotCache::read);
        if (cached.isPresent()) {
            touch(entry.get());
            return Optional.of(deferred(period, file, cached.get(), canonical));
        }
        int before = problems.size();
        Optional<PeriodData> data = read.get();
        if (problems.size() == before && data.isPresent()) {
            byte[] bytes = SnapshotEntry.encode(data.get().observations());
            // a new file is keyed by the bytes just read, never by a digest taken before they changed
            hash(path).map(this::entry).ifPresent(e -> {
                write(e, bytes);
                if (!pruned.getAndSet(true)) {
                    prune(e.getParent(), Instant.now().minus(UNUSED));
                }
            });
            return Optional.of(deferred(period, file, bytes, canonical));
        }
        return data;
    }

    private static PeriodData deferred(Period period, String file, byte[] entry, Canonical canonical) {
        return PeriodData.deferred(period, file, () -> SnapshotEntry.decode(entry, file, canonical));
    }

    private Path entry(byte[] fileHash) {
        MessageDigest digest = sha256();
        digest.update(context);
        digest.update(fileHash);
        return folder.orElseThrow().resolve(HexFormat.of().formatHex(digest.digest()) + ".bin");
    }

    private static Optional<byte[]> hash(Path path) {
        try {
            return Optional.of(sha256().digest(Files.readAllBytes(path)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A whole entry's bytes; empty for none, another format or a damaged one (its file is read again). */
    private static Optional<byte[]> read(Path entry) {
        try {
            byte[] bytes = Files.readAllBytes(entry);
            return SnapshotEntry.whole(bytes) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path entry, byte[] bytes) {
        try {
            Files.createDirectories(entry.getParent());
            Path part = Files.createTempFile(entry.getParent(), "entry", ".part");
            Files.write(part, bytes);
            move(part, entry);
        } catch (IOException | RuntimeException e) {
            // no cache this time: the next run reads the file again
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache: the entry may be pruned once unused for long, and is then made again
        }
    }

    /** Deletes the entries (and leftover parts of interrupted writes) last used before {@code cutoff}. */
    private static void prune(Path folder, Instant cutoff) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{bin,part}")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruned next time
        }
    }

    private static void move(Path part, Path entry) throws IOException {
        try {
            Files.move(part, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What a file's checks depend on besides its bytes: units.csv and the catalogue's files. */
    private static List<Path> inputs(Path dataDir) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(dataDir.resolve(DataFolder.UNITS));
        for (String name : List.of("groups.csv", "indicators.csv", "bands.csv")) {
            inputs.add(dataDir.resolve("catalogue").resolve(name));
        }
        return inputs;
    }

    private static Optional<Path> jar() {
        try {
            Path code = Path.of(SnapshotCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // missing: the default catalogue, which the program's own digest covers
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
