package vn.chiso766.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file of the publication: where it goes (a relative path with '/' separators, made of
 * safe characters only) and how to write it. Rendering happens only when publish asks for it.
 */
public record Document(String path, Body body) {

    /** Writes the document's bytes; called once, on any thread. */
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
}
