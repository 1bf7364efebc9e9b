package vn.chiso766.render.view;

import java.util.List;

/** The data-quality findings of a period, by kind of finding. */
public record QualityPage(Frame frame, String period, String total, List<Section> sections) {

    /** One kind of finding and what it means. */
    public record Section(String title, String explanation, String count, List<Item> items) {
    }

    /** A finding on a unit, with where it comes from in the input. */
    public record Item(Link unit, String message, String source) {
    }
}
