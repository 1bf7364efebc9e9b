package vn.chiso766.render.pdf;

import java.util.List;

/** An entry of a PDF's outline, pointing at an element id of the document. */
public record Bookmark(String name, String anchor, List<Bookmark> children) {
    public Bookmark {
        children = List.copyOf(children);
    }

    static Bookmark of(String name, String anchor) {
        return new Bookmark(name, anchor, List.of());
    }
}
