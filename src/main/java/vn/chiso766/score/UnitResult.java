package vn.chiso766.score;

import java.util.List;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Unit;

/** Everything computed about one unit in one period. */
public record UnitResult(Scorecard card, Standing standing) {

    public Unit unit() {
        return card.unit();
    }

    /**
     * The unit's "điểm nghẽn", costliest first. Derived on demand rather than kept: only the
     * periods that are rendered need them, and national data has half a million of them.
     */
    public List<Loss> losses(Catalogue catalogue) {
        return Losses.of(card, catalogue);
    }
}
