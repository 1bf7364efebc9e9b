package vn.chiso766.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * One file of the publication: where it goes (a relative path with '/' separators, made of
 * safe characters only) and how to prepare it. Preparing builds what the document shows and its
 * fingerprint; it happens on the thread that writes the file, just before, so a publication of
 * 12,000 documents never holds their view models all at once. A document whose fingerprint matches the previous publication's is not rendered again.
 *
 * @param scope a digest of everything the document is made from (data files, code), far cheaper
 *              than its fingerprint: where it equals the previous publication's, the document is
 *              reused without being prepared; empty where there is none
 */
public record Document(String path, Plan plan, String scope) {

    /** Builds the document's view model: its fingerprint and the body that prints it. */
    @FunctionalInterface
    public interface Plan {
        Prepared prepare();
    }

    /**
     * @param fingerprint changes whenever the bytes would change (see {@link Fingerprint});
     *                    empty means "always render"
     */
    public record Prepared(Optional<String> fingerprint, Body body) {
    }

    /** Writes the bytes of the document; called at most once per preparation. */
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

    /** This document, reused unprepared while {@code key} (see {@link #scope()}) is unchanged. */
    public Document scoped(String key) {
        return new Document(path, plan, key);
    }

    /** A document rendered on every build. */
    public static Document of(String path, Body body) {
        Prepared prepared = new Prepared(Optional.empty(), body);
        return planned(path, () -> prepared);
    }

    /** A document rendered only when its fingerprint changed. */
    public static Document of(String path, String fingerprint, Body body) {
        Prepared prepared = new Prepared(Optional.of(fingerprint), body);
        return planned(path, () -> prepared);
    }

    /** A document whose view model is built only when it is written. */
    public static Document planned(String path, Plan plan) {
        return new Document(path, plan, "");
    }

    public Prepared prepare() {
        return plan.prepare();
    }
}
