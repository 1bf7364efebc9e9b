package vn.chiso766.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One file of the publication: where it goes (a relative path with '/' separators, made of
 * safe characters only), the other documents it is made from, and how to prepare it. Preparing
 * builds what the document shows and its fingerprint; it happens on the thread that writes the
 * file, just before, so a publication of 12,000 documents never holds their view models all at
 * once. A document whose fingerprint matches the previous publication's is not rendered again.
 *
 * @param inputs paths of the documents it reads; publish writes them first
 * @param scope  a digest of everything the document is made from (data files, code), far cheaper
 *               than its fingerprint: where it equals the previous publication's, the document is
 *               reused without being prepared; empty where there is none
 */
public record Document(String path, List<String> inputs, Plan plan, String scope) {

    /** Builds the document's view model: its fingerprint and the body that prints it. */
    @FunctionalInterface
    public interface Plan {
        Prepared prepare();
    }

    /**
     * @param fingerprint changes whenever the bytes would change (see {@link Fingerprint});
     *                    empty means "always render"
     */
    public record Prepared(Optional<String> fingerprint, Assembly body) {
        /** A document that reads no other. */
        public Prepared(Optional<String> fingerprint, Body body) {
            this(fingerprint, (Assembly) (out, inputs) -> body.writeTo(out));
        }
    }

    /** Writes the bytes of a document that reads no other; called at most once per preparation. */
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

    public Document(String path, List<String> inputs, Plan plan) {
        this(path, inputs, plan, "");
    }

    /** This document, reused unprepared while {@code key} (see {@link #scope()}) is unchanged. */
    public Document scoped(String key) {
        return new Document(path, inputs, plan, key);
    }

    /** A document rendered on every build. */
    public static Document of(String path, Body body) {
        Prepared prepared = new Prepared(Optional.empty(), body);
        return new Document(path, List.of(), () -> prepared);
    }

    /** A document rendered only when its fingerprint changed. */
    public static Document of(String path, String fingerprint, Body body) {
        Prepared prepared = new Prepared(Optional.of(fingerprint), body);
        return new Document(path, List.of(), () -> prepared);
    }

    /** A document whose view model is built only when it is written. */
    public static Document planned(String path, Plan plan) {
        return new Document(path, List.of(), plan);
    }

    /**
     * A document made from other documents of the publication, planned like {@link #planned}.
     * Its key in the manifest includes its inputs' keys, so it is rendered again whenever one of
     * them changes.
     */
    public static Document reading(String path, List<String> inputs, Plan plan) {
        return new Document(path, inputs, plan);
    }

    public Prepared prepare() {
        return plan.prepare();
    }
}
