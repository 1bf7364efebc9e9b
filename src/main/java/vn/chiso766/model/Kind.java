package vn.chiso766.model;

/** The portal's kinds of unit. Ranking happens within a kind. */
public enum Kind {
    PROVINCE("Tỉnh, thành phố"),
    AGENCY("Sở, ban, ngành"),
    COMMUNE("Xã, phường, đặc khu"),
    DISTRICT("Huyện, thị xã, thành phố thuộc tỉnh");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the kind as a heading uses it. */
    public String label() {
        return label;
    }
}
