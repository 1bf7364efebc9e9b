package vn.chiso766.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * One file of the publication: where it goes (a relative path with '/' separators, made of
 * safe characters only), a fingerprint of everything it shows, and how to write it.
 * Rendering happens only when publish asks for it: a document whose fingerprint matches the
 * previous publication's is not rendered again.
 *
 * @param fingerprint changes whenever the bytes would change (see {@link Fingerprint}); empty
 *                    means "always render"
 */
public record Document(String path, Optional<String> fingerprint, Body body) {

    /** Writes the document's bytes; called at most once, on any thread. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public Document {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || !path.matches("[A-Za-z0-9._/-]+")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
    }

    /** A document rendered on every build. */
    public static Document of(String path, Body body) {
        return new Document(path, Optional.empty(), body);
    }

    /** A document rendered only when its fingerprint changed. */
    public static Document of(String path, String fingerprint, Body body) {
        return new Document(path, Optional.of(fingerprint), body);
    }
}
