package vn.chiso766.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Kind;

class LossesTest {
    @Test
    void lossesListIndicatorsAndGivenGroupsCostliestFirstWithTheTotalIfFull() {
        var units = List.of(Fixtures.province("P"), Fixtures.unit("S1", Kind.AGENCY, "P"));
        Results r = Scorer.score(Fixtures.dataset(units, Fixtures.period("2026-09", Fixtures.scores("S1", 75, "25"))));
        List<Loss> losses = r.latest().unit("S1").orElseThrow().losses(r.dataset().catalogue());
        assertEquals(List.of("A1", "B"), losses.stream().map(Loss::code).toList());
        assertEquals("15.00", losses.get(0).lost().toPlainString());
        assertEquals(0, new BigDecimal("85").compareTo(losses.get(0).totalIfFull().orElseThrow()));
        assertEquals("Tốt", losses.get(0).bandIfFull().orElseThrow().name());
        assertEquals("B", losses.get(1).group());
    }

    @Test
    void aUnitAtFullPointsHasNoLosses() {
        var units = List.of(Fixtures.province("P"), Fixtures.unit("S1", Kind.AGENCY, "P"));
        Results r = Scorer.score(Fixtures.dataset(units, Fixtures.period("2026-09", Fixtures.scores("S1", 100, "40"))));
        assertEquals(List.of(), r.latest().unit("S1").orElseThrow().losses(r.dataset().catalogue()));
    }
}
