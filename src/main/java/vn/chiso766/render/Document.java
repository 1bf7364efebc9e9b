package vn.chiso766.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One file of the publication: where it goes (a relative path with '/' separators, made of
 * safe characters only), a fingerprint of everything it shows, the other documents it is made
 * from, and how to write it. Rendering happens only when publish asks for it: a document whose
 * fingerprint matches the previous publication's is not rendered again.
 *
 * @param fingerprint changes whenever the bytes would change (see {@link Fingerprint}); empty
 *                    means "always render"
 * @param inputs      paths of the documents it reads; publish writes them first
 */
public record Document(String path, Optional<String> fingerprint, List<String> inputs, Assembly assembly) {

    /** Writes the bytes of a document that reads no other; called at most once, on any thread. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a document from its inputs, which are complete when it is called. */
    @FunctionalInterface
    public interface Assembly {
        void writeTo(OutputStream out, Inputs inputs) throws IOException;
    }

    /** Where the written inputs of a document are, to be read only. */
    @FunctionalInterface
    public interface Inputs {
        Inputs NONE = path -> {
            throw new IllegalArgumentException("not an input: " + path);
        };

        Path file(String path);
    }

    public Document {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || !path.matches("[A-Za-z0-9._/-]+")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        inputs = List.copyOf(inputs);
    }

    /** A document rendered on every build. */
    public static Document of(String path, Body body) {
        return new Document(path, Optional.empty(), List.of(), (out, inputs) -> body.writeTo(out));
    }

    /** A document rendered only when its fingerprint changed. */
    public static Document of(String path, String fingerprint, Body body) {
        return new Document(path, Optional.of(fingerprint), List.of(), (out, inputs) -> body.writeTo(out));
    }

    /**
     * A document made from other documents of the publication.
     *
     * @param fingerprint must change whenever an input's fingerprint does
     */
    public static Document reading(String path, String fingerprint, List<String> inputs, Assembly assembly) {
        return new Document(path, Optional.of(fingerprint), inputs, assembly);
    }

    /** Writes the bytes; called at most once, on any thread. */
    public void writeTo(OutputStream out, Inputs inputs) throws IOException {
        assembly.writeTo(out, inputs);
    }
}
