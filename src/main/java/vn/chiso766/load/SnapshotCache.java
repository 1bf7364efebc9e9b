package vn.chiso766.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.QualityNote;

/**
 * The rows of snapshot files already read and found clean, kept between runs: a year of daily
 * snapshots is a million rows, read again every day for one new file. An entry is named by the
 * digest of the file's bytes and of everything its checks depend on (units.csv, the catalogue, the
 * program itself), so a changed file, unit list, catalogue or program never meets an old entry.
 * Only files read without a problem are kept; a cache that cannot be read or written is skipped
 * silently, as if it were empty.
 */
final class SnapshotCache {
    private static final int FORMAT = 1;

    private final Optional<Path> folder;
    private final byte[] context;

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

    /** The file's rows from the cache, else from {@code read}, kept when it read without a problem. */
    Optional<PeriodData> load(Path path, String file, Period period, Problems problems, Canonical canonical,
                              Supplier<Optional<PeriodData>> read) {
        if (folder.isEmpty()) {
            return read.get();
        }
        Optional<Path> entry = entry(path);
        Optional<PeriodData> cached = entry.flatMap(e -> read(e, file, period, canonical));
        if (cached.isPresent()) {
            return cached;
        }
        int before = problems.size();
        Optional<PeriodData> data = read.get();
        if (problems.size() == before && data.isPresent()) {
            entry.ifPresent(e -> write(e, data.get()));
        }
        return data;
    }

    private Optional<Path> entry(Path path) {
        try {
            MessageDigest digest = sha256();
            digest.update(context);
            digest.update(Files.readAllBytes(path));
            return Optional.of(folder.orElseThrow().resolve(HexFormat.of().formatHex(digest.digest()) + ".bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<PeriodData> read(Path entry, String file, Period period, Canonical canonical) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<Observation> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String unit = canonical.of(in.readUTF());
                String code = canonical.of(in.readUTF());
                Optional<BigDecimal> numerator = number(in);
                Optional<BigDecimal> denominator = number(in);
                Optional<BigDecimal> score = number(in);
                long line = in.readLong();
                Optional<QualityNote> quality = in.readBoolean()
                        ? Optional.of(new QualityNote(canonical.of(in.readUTF()), canonical.of(in.readUTF())))
                        : Optional.empty();
                rows.add(new Observation(unit, code, numerator, denominator, score, new Observation.Source(file, line),
                        quality));
            }
            return Optional.of(new PeriodData(period, file, rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is read again from its file
        }
    }

    private static void write(Path entry, PeriodData data) {
        try {
            Files.createDirectories(entry.getParent());
            Path part = Files.createTempFile(entry.getParent(), "entry", ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                out.writeInt(FORMAT);
                out.writeInt(data.observations().size());
                for (Observation o : data.observations()) {
                    out.writeUTF(o.unitCode());
                    out.writeUTF(o.code());
                    number(out, o.numerator());
                    number(out, o.denominator());
                    number(out, o.score());
                    out.writeLong(o.source().line());
                    out.writeBoolean(o.quality().isPresent());
                    if (o.quality().isPresent()) {
                        out.writeUTF(o.quality().get().status());
                        out.writeUTF(o.quality().get().message());
                    }
                }
            }
            move(part, entry);
        } catch (IOException | RuntimeException e) {
            // no cache this time: the next run reads the file again
        }
    }

    private static void move(Path part, Path entry) throws IOException {
        try {
            Files.move(part, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<BigDecimal> number(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(new BigDecimal(in.readUTF())) : Optional.empty();
    }

    private static void number(DataOutputStream out, Optional<BigDecimal> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get().toString());
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
