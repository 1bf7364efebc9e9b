package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

/** Unchanged pages keep their fingerprint; a changed figure changes exactly the pages that show it. */
class FingerprintsTest {
    @TempDir
    Path temp;

    @Test
    void fingerprintsFollowWhatAPageShows() throws Exception {
        Path data = TestSites.province(temp.resolve("data"));
        Map<String, String> before = fingerprints(data);
        assertEquals(before, fingerprints(data), "same data, same fingerprints");
        assertTrue(before.values().stream().noneMatch(String::isEmpty), "every page has a fingerprint");

        Path october = data.resolve("scores/2026-10.csv");
        Files.writeString(october, Files.readString(october).replace("P1.101,16,18.5", "P1.101,16,18.7"));
        Map<String, String> after = fingerprints(data);
        assertNotEquals(before.get("2026-10/don-vi/p1-101.html"), after.get("2026-10/don-vi/p1-101.html"));
        assertNotEquals(before.get("2026-10/xep-hang/xa-phuong.html"), after.get("2026-10/xep-hang/xa-phuong.html"));
        assertEquals(before.get("2026-10/xep-hang/so-nganh.html"), after.get("2026-10/xep-hang/so-nganh.html"));
        assertEquals(before.get("2026-09/don-vi/p1-01.html"), after.get("2026-09/don-vi/p1-01.html"));
    }

    @Test
    void aNewMonthLeavesPublishedPeriodsAsTheyWere() throws Exception {
        Path data = TestSites.province(temp.resolve("data"));
        Map<String, String> before = fingerprints(data);
        Files.copy(data.resolve("scores/2026-10.csv"), data.resolve("scores/2026-11.csv"));
        Map<String, String> after = fingerprints(data);
        for (String page : List.of("2026-10/don-vi/p1-01.html", "2026-10/index.html", "2026-10/xep-hang/so-nganh.html",
                "2026-09/don-vi/p1-101.html", "2026-10/chat-luong-du-lieu.html")) {
            assertEquals(before.get(page), after.get(page), page);
        }
        assertNotEquals(before.get("don-vi/p1-01.html"), after.get("don-vi/p1-01.html"), "the history grows");
        assertNotEquals(before.get("index.html"), after.get("index.html"), "home shows the new month");
    }

    private static Map<String, String> fingerprints(Path data) throws Exception {
        return Site.documents(TestSites.score(data)).stream()
                .collect(Collectors.toMap(Document::path, d -> d.prepare().fingerprint().orElse("")));
    }
}
