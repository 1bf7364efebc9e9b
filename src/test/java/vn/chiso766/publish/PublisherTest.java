package vn.chiso766.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

class PublisherTest {
    @TempDir
    Path tmp;

    private final AtomicInteger renders = new AtomicInteger();

    private Document doc(String path, String fingerprint, String text) {
        Document.Body body = out -> {
            renders.incrementAndGet();
            out.write(text.getBytes(StandardCharsets.UTF_8));
        };
        return fingerprint == null ? Document.of(path, body) : Document.of(path, fingerprint, body);
    }

    private Path site() {
        return tmp.resolve("site");
    }

    @Test
    void unchangedFingerprintsAreNotRenderedAgainAndChangedOnesAre() throws IOException {
        Publisher publisher = new Publisher(site());
        publisher.publish(List.of(doc("a.html", "1", "A"), doc("b/c.html", "1", "C"), doc("d.csv", null, "D")));
        assertEquals(3, renders.getAndSet(0));
        Publisher.Outcome second = publisher.publish(List.of(doc("a.html", "1", "A"), doc("b/c.html", "2", "C2"),
                doc("d.csv", null, "D")));
        assertEquals(2, renders.get(), "only the changed and the unfingerprinted document");
        assertEquals(2, second.rendered());
        assertEquals("A", Files.readString(site().resolve("a.html")));
        assertEquals("C2", Files.readString(site().resolve("b/c.html")));
    }

    @Test
    void documentsNoLongerListedDisappear() throws IOException {
        Publisher publisher = new Publisher(site());
        publisher.publish(List.of(doc("a.html", "1", "A"), doc("old.html", "1", "O")));
        publisher.publish(List.of(doc("a.html", "1", "A")));
        assertFalse(Files.exists(site().resolve("old.html")));
    }

    @Test
    void aFailingDocumentLeavesThePreviousPublicationAndNoStagingFolder() throws IOException {
        Publisher publisher = new Publisher(site());
        publisher.publish(List.of(doc("a.html", "1", "A")));
        Document broken = Document.of("b.html", out -> {
            throw new IOException("hỏng");
        });
        assertThrows(IOException.class, () -> publisher.publish(List.of(doc("a.html", "2", "A2"), broken)));
        assertEquals("A", Files.readString(site().resolve("a.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aPublicationSetAsideByACrashIsRestoredAndStagingLeftoversRemoved() throws IOException {
        Publisher publisher = new Publisher(site());
        publisher.publish(List.of(doc("a.html", "1", "A")));
        Files.move(site(), tmp.resolve(".site.old-999"));
        Files.createDirectories(tmp.resolve(".site.tmp-998/x"));
        publisher.recover();
        assertEquals("A", Files.readString(site().resolve("a.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void upToDateOnlyForTheSameInputsAndAWholeFolder() throws IOException {
        Publisher publisher = new Publisher(site());
        assertFalse(publisher.upToDate("x"));
        publisher.publish(List.of(doc("a.html", "1", "A")), "x", Progress.silent());
        assertTrue(publisher.upToDate("x"));
        assertFalse(publisher.upToDate("y"));
        Files.delete(site().resolve("a.html"));
        assertFalse(publisher.upToDate("x"), "a file removed by hand forces a rebuild");
    }

    @Test
    void unsafePathsAreRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> doc("../x.html", "1", "X"));
        assertThrows(IllegalArgumentException.class, () -> doc("/etc/x", "1", "X"));
        assertThrows(IllegalArgumentException.class, () -> doc("a\\b.html", "1", "X"));
    }

    /** What lies beside the publication, but the lock file every build keeps there (see OutputLock). */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }
}
