package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAwareBreakerTest {
    private static List<String> pieces(String text) {
        NumberAwareBreaker breaker = new NumberAwareBreaker();
        breaker.setText(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at != -1; at = breaker.next()) {
            if (at > from) {
                out.add(text.substring(from, at));
                from = at;
            }
        }
        out.add(text.substring(from));
        out.removeIf(String::isEmpty);
        return out;
    }

    @Test
    void numbersDatesAndSignedChangesAreNeverSplit() {
        for (String piece : pieces("Sở Tư pháp (−12,71 điểm, giảm 5 bậc); ngày 01/10/2026 đạt 1.234,5 và 92,74%")) {
            assertEquals(piece.strip().isEmpty(), false);
            if (piece.matches(".*\\d.*")) {
                assertEquals(false, piece.strip().matches("[\\d,./%−+]*[,./−+]"), "split after a sign: " + piece);
            }
        }
        List<String> p = pieces("(−12,71 điểm) 01/10/2026");
        assertEquals(List.of("(−12,71 ", "điểm) ", "01/10/2026"), p);
    }

    @Test
    void wordsStillBreakBetweenThem() {
        assertEquals(List.of("Sở ", "Tư ", "pháp"), pieces("Sở Tư pháp"));
    }
}
