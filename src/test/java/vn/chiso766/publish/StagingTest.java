package vn.chiso766.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

/** Documents written on any number of threads, reused by key or by scope, failing the whole fill. */
class StagingTest {
    @TempDir
    Path tmp;

    private static Document text(String path, String fingerprint, String text) {
        return Document.of(path, fingerprint, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Staging staging(String name, Path previous, Manifest before) throws IOException {
        return new Staging(Files.createDirectories(tmp.resolve(name)), previous, before, "b");
    }

    @Test
    void everyDocumentIsWrittenWholeOnAnyNumberOfThreads() throws IOException {
        for (int threads : List.of(1, 2, 4)) {
            Staging staging = staging("t" + threads, tmp.resolve("none"), Manifest.empty());
            List<Document> documents = IntStream.range(0, 50)
                    .mapToObj(i -> text("a/" + i + ".txt", "1", "văn bản " + i)).toList();
            Manifest written = staging.fill(documents, Progress.silent(), threads);
            for (int i = 0; i < 50; i++) {
                assertEquals("văn bản " + i, Files.readString(tmp.resolve("t" + threads).resolve("a/" + i + ".txt")));
            }
            assertEquals(50, written.keys().size(), threads + " threads");
        }
    }

    @Test
    void aFailedDocumentFailsTheFillWithItsOwnError() throws IOException {
        Document broken = Document.of("b.txt", "1", out -> {
            throw new IOException("hỏng");
        });
        Staging staging = staging("out", tmp.resolve("none"), Manifest.empty());
        IOException failure = assertThrows(IOException.class, () -> staging.fill(
                List.of(text("a.txt", "1", "A"), broken), Progress.silent(), 2));
        assertEquals("hỏng", failure.getMessage());
    }

    @Test
    void anUnchangedKeyIsLinkedAndAChangedOneRendered() throws IOException {
        Manifest before = first(text("a.txt", "1", "A"), text("b.txt", "1", "B"));
        Staging second = staging("second", tmp.resolve("first"), before);
        second.fill(List.of(text("a.txt", "1", "A"), text("b.txt", "2", "C")), Progress.silent(), 2);
        assertEquals(1, second.rendered());
        assertEquals("A", Files.readString(tmp.resolve("second").resolve("a.txt")));
        assertEquals("C", Files.readString(tmp.resolve("second").resolve("b.txt")));
    }

    /** A document that fails the test if it is prepared. */
    private static Document unprepared(String path, String scope) {
        return new Document(path, () -> {
            throw new AssertionError(path + " was prepared");
        }, scope);
    }

    private Manifest first(Document... documents) throws IOException {
        return staging("first", tmp.resolve("none"), Manifest.empty()).fill(List.of(documents), Progress.silent(), 2);
    }

    @Test
    void aDocumentOfAnUnchangedScopeIsReusedWithoutBeingPrepared_keepingItsKey() throws IOException {
        Manifest before = first(text("a.txt", "1", "A").scoped("s"), text("b.txt", "1", "B").scoped("s"));
        Staging second = staging("second", tmp.resolve("first"), before);
        Manifest after = second.fill(List.of(unprepared("a.txt", "s"), unprepared("b.txt", "s")),
                Progress.silent(), 2);
        assertEquals(0, second.rendered());
        assertEquals("B", Files.readString(tmp.resolve("second").resolve("b.txt")));
        assertEquals(before.keys(), after.keys());
        assertEquals(before.scopes(), after.scopes());
    }

    @Test
    void aChangedScopeOrAnotherBuildPreparesTheDocument() throws IOException {
        Manifest before = first(text("a.txt", "1", "A").scoped("s"));
        Staging rescoped = staging("second", tmp.resolve("first"), before);
        rescoped.fill(List.of(text("a.txt", "2", "B").scoped("t")), Progress.silent(), 1);
        assertEquals("B", Files.readString(tmp.resolve("second").resolve("a.txt")));
        Staging rebuilt = new Staging(Files.createDirectories(tmp.resolve("third")), tmp.resolve("first"), before, "c");
        rebuilt.fill(List.of(text("a.txt", "1", "C").scoped("s")), Progress.silent(), 1);
        assertEquals("C", Files.readString(tmp.resolve("third").resolve("a.txt")), "another build of chiso766");
    }

    @Test
    void theManifestKeepsScopesAndReadsOlderManifestsWithout() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Manifest manifest = new Manifest("in", java.util.Map.of("a.txt", "1:b", "b.txt", ""),
                java.util.Map.of("a.txt", "s"));
        manifest.write(dir);
        assertEquals(manifest, Manifest.read(dir));
        Files.writeString(dir.resolve(Publisher.MARKER), "chiso766 in\na.txt\t1:b\n");
        assertEquals(new Manifest("in", java.util.Map.of("a.txt", "1:b")), Manifest.read(dir));
    }
}
