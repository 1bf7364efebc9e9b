package vn.chiso766.score;

import java.util.List;
import vn.chiso766.model.Unit;

/** Everything computed about one unit in one period. */
public record UnitResult(Scorecard card, Standing standing, List<Loss> losses) {
    public UnitResult {
        losses = List.copyOf(losses);
    }

    public Unit unit() {
        return card.unit();
    }
}
