package vn.chiso766.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the chiso766 code that renders (its jar, or its classes folder when run from
 * an IDE or Maven): a new version of the tool re-renders everything, an unchanged one reuses.
 * A jar is known by its directory of entries (names, sizes, CRC-32s), which changes with any
 * entry: reading that takes milliseconds where hashing the 35 MB took a fifth of a second of
 * every build's start.
 */
public final class BuildIdentity {
    private static volatile String cached;

    private BuildIdentity() {
    }

    public static String get() {
        String id = cached;
        if (id == null) {
            id = compute();
            cached = id;
        }
        return id;
    }

    private static void entries(Path jar, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                digest.update((entry.getName() + "\t" + entry.getSize() + "\t" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String compute() {
        try {
            Path code = Path.of(BuildIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                entries(code, digest);
                return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            }
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(code.relativize(file).toString().getBytes());
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
