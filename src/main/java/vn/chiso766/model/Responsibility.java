package vn.chiso766.model;

import java.util.List;
import java.util.Objects;

/**
 * Who acts on an indicator (a row of responsibilities.csv).
 *
 * @param indicator an indicator or group code
 * @param lead      a unit code, or the name of an office that is not scored (Văn phòng UBND tỉnh)
 * @param support   the units or offices that support it, in file order; may be empty
 */
public record Responsibility(String indicator, String lead, List<String> support) {
    public Responsibility {
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(lead);
        support = List.copyOf(support);
    }
}
