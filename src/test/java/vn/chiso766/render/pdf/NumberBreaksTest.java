package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberBreaksTest {
    @Test
    void decimalNumbersInTextStayWhole() {
        assertEquals("<p>Sở A (<span class=\"nb\">−12,71</span> điểm), <span class=\"nb\">1.234,5</span> và"
                        + " <span class=\"nb\">92,74%</span>; 20/20 đơn vị</p>",
                NumberBreaks.keep("<p>Sở A (−12,71 điểm), 1.234,5 và 92,74%; 20/20 đơn vị</p>"));
    }

    @Test
    void tagsTitleAndStyleAreLeftAsTheyAre() {
        String raw = "<html><head><title>Tổng 64,72</title><style>td { color: rgb(0,0,0); }</style></head>"
                + "<body><object alt=\"64,72 điểm\" name=\"x\"></object></body></html>";
        assertEquals(raw, NumberBreaks.keep(raw));
    }
}
