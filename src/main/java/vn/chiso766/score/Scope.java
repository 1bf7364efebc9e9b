package vn.chiso766.score;

import vn.chiso766.model.Kind;
import vn.chiso766.model.Unit;

/**
 * The units ranked together: one kind within one province, or all provinces together
 * (province empty).
 */
public record Scope(String province, Kind kind) {

    public static Scope of(Unit unit) {
        return unit.kind() == Kind.PROVINCE ? new Scope("", Kind.PROVINCE) : new Scope(unit.provinceCode(), unit.kind());
    }

    public boolean national() {
        return kind == Kind.PROVINCE;
    }
}
