package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageContentsTest {

    @Test
    void removesOnlyTheEmptyPairsAndNamesTheirPropertyLists() {
        String content = """
                /Artifact /Prop1 BDC
                EMC
                q
                /Artifact /Prop2 BDC
                0 0 10 10 re f
                EMC
                /Artifact /Prop13 BDC
                EMC
                /Span <</MCID 0>> BDC
                BT (x /Artifact /Prop4 BDC) Tj ET
                EMC
                Q
                """;
        Set<String> removed = new HashSet<>();
        String kept = new String(PageContents.without(content.getBytes(StandardCharsets.US_ASCII), removed),
                StandardCharsets.US_ASCII);
        assertEquals("""
                q
                /Artifact /Prop2 BDC
                0 0 10 10 re f
                EMC
                /Span <</MCID 0>> BDC
                BT (x /Artifact /Prop4 BDC) Tj ET
                EMC
                Q
                """, kept);
        assertEquals(Set.of("Prop1", "Prop13"), removed);
    }

    @Test
    void leavesAContentWithoutEmptyPairsAsItIs() {
        byte[] content = "/Artifact /Prop BDC\nEMC\n/Artifact /Prop7 BDC\nEMC".getBytes(StandardCharsets.US_ASCII);
        Set<String> removed = new HashSet<>();
        assertEquals(new String(content, StandardCharsets.US_ASCII),
                new String(PageContents.without(content, removed), StandardCharsets.US_ASCII));
        assertEquals(Set.of(), removed);
    }
}
