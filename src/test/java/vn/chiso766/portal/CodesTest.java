package vn.chiso766.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void codesSortByTheValueOfTheirNumbers() {
        List<String> codes = new ArrayList<>(List.of("H21.227", "H21.17", "H21", "H21.2", "H3", "H21.02", "H21.A",
                "H21.17.1", "X", ""));
        codes.sort(Codes.ORDER);
        assertNotEquals(0, Codes.ORDER.compare("H21.2", "H21.02"), "distinct spellings stay distinct");
        assertEquals(List.of("", "H21", "H21.02", "H21.2", "H21.17", "H21.17.1", "H21.227", "H21.A", "H3", "X"), codes);
    }
}
