package vn.chiso766.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scored unit: a province, a department or a commune.
 *
 * @param code   the portal's unit code, never used as a file name as it stands
 * @param parent the province's code, empty for a province itself
 * @param extra  columns of units.csv beyond the four of the contract, kept as given
 */
public record Unit(String code, String name, Kind kind, Optional<String> parent, Map<String, String> extra) {
    public Unit {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        parent = parent == null ? Optional.empty() : parent;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** The code of the province this unit belongs to: its parent, or itself for a province. */
    public String provinceCode() {
        return parent.orElse(code);
    }
}
