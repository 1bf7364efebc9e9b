package vn.chiso766.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

/** Documents that read others: written after them, on any number of threads, failing with them. */
class StagingTest {
    @TempDir
    Path tmp;

    private static Document text(String path, String fingerprint, String text) {
        return Document.of(path, fingerprint, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Concatenates its inputs, so its bytes show whether they were complete when it ran. */
    private static Document joined(String path, String fingerprint, String... inputs) {
        return Document.reading(path, List.of(inputs), () -> new Document.Prepared(Optional.of(fingerprint),
                (out, files) -> {
                    for (String input : inputs) {
                        out.write(Files.readAllBytes(files.file(input)));
                    }
                }));
    }

    private Staging staging(String name, Path previous, Manifest before) throws IOException {
        return new Staging(Files.createDirectories(tmp.resolve(name)), previous, before, "b");
    }

    @Test
    void aDocumentListedBeforeItsInputsReadsThemWhole() throws IOException {
        for (int threads : List.of(1, 2, 4)) {
            Staging staging = staging("t" + threads, tmp.resolve("none"), Manifest.empty());
            staging.fill(List.of(joined("all.txt", "1", "a/1.txt", "a/2.txt"), text("a/1.txt", "1", "một "),
                    text("a/2.txt", "1", "hai")), Progress.silent(), threads);
            assertEquals("một hai", Files.readString(tmp.resolve("t" + threads).resolve("all.txt")),
                    threads + " threads");
        }
    }

    @Test
    void aFailedInputFailsTheDocumentThatReadsItWithoutWritingIt() throws IOException {
        Document broken = Document.of("a.txt", "1", out -> {
            throw new IOException("hỏng");
        });
        Staging staging = staging("out", tmp.resolve("none"), Manifest.empty());
        IOException failure = assertThrows(IOException.class, () -> staging.fill(
                List.of(joined("all.txt", "1", "a.txt"), broken), Progress.silent(), 1));
        assertEquals("hỏng", failure.getMessage());
        assertFalse(Files.exists(tmp.resolve("out").resolve("all.txt")));
    }

    /** Publishes a.txt ("A") and all.txt reading it, then the given pair over it; returns the second staging. */
    private Staging republish(String input, String text, String reader) throws IOException {
        Staging first = staging("first", tmp.resolve("none"), Manifest.empty());
        var keys = first.fill(List.of(text("a.txt", "1", "A"), joined("all.txt", "1", "a.txt")),
                Progress.silent(), 2);
        Staging second = staging("second", tmp.resolve("first"), keys);
        second.fill(List.of(text("a.txt", input, text), joined("all.txt", reader, "a.txt")), Progress.silent(), 2);
        return second;
    }

    @Test
    void aReusedInputIsReadFromItsLink() throws IOException {
        assertEquals(1, republish("1", "A", "2").rendered(), "the input is linked, only the reader is written");
        assertEquals("A", Files.readString(tmp.resolve("second").resolve("all.txt")));
    }

    @Test
    void aChangedInputRendersItsReaderAgain() throws IOException {
        assertEquals(2, republish("2", "B", "1").rendered(),
                "the reader's own fingerprint is unchanged, its input's is not");
        assertEquals("B", Files.readString(tmp.resolve("second").resolve("all.txt")));
    }

    @Test
    void anInputMustBeADocumentThatReadsNoOther() throws IOException {
        Staging staging = staging("out", tmp.resolve("none"), Manifest.empty());
        assertThrows(IllegalArgumentException.class, () -> staging.fill(
                List.of(joined("all.txt", "1", "missing.txt")), Progress.silent(), 1));
        assertThrows(IllegalArgumentException.class, () -> staging.fill(
                List.of(joined("x.txt", "1", "y.txt"), joined("y.txt", "1", "x.txt")), Progress.silent(), 1));
    }

    /** A document that fails the test if it is prepared. */
    private static Document unprepared(String path, String scope, String... inputs) {
        return new Document(path, List.of(inputs), () -> {
            throw new AssertionError(path + " was prepared");
        }, scope);
    }

    private Manifest first(Document... documents) throws IOException {
        return staging("first", tmp.resolve("none"), Manifest.empty()).fill(List.of(documents), Progress.silent(), 2);
    }

    @Test
    void aDocumentOfAnUnchangedScopeIsReusedWithoutBeingPrepared_keepingItsKey() throws IOException {
        Manifest before = first(text("a.txt", "1", "A").scoped("s"), joined("all.txt", "1", "a.txt").scoped("s"));
        Staging second = staging("second", tmp.resolve("first"), before);
        Manifest after = second.fill(List.of(unprepared("a.txt", "s"), unprepared("all.txt", "s", "a.txt")),
                Progress.silent(), 2);
        assertEquals(0, second.rendered());
        assertEquals("A", Files.readString(tmp.resolve("second").resolve("all.txt")));
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
    void aReaderOfARenderedInputIsPreparedAgainThoughItsScopeIsUnchanged() throws IOException {
        Manifest before = first(text("a.txt", "1", "A").scoped("s"), joined("all.txt", "1", "a.txt").scoped("r"));
        Staging second = staging("second", tmp.resolve("first"), before);
        second.fill(List.of(text("a.txt", "2", "B").scoped("t"), joined("all.txt", "1", "a.txt").scoped("r")),
                Progress.silent(), 2);
        assertEquals("B", Files.readString(tmp.resolve("second").resolve("all.txt")));
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
