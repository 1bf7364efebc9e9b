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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

/** The publisher's own guarantees: recovery of a crash between renames, one build at a time, the exchange. */
class PublisherTest {
    @TempDir
    Path tmp;

    private static Document file(String path, String text) {
        return Document.of(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void crashBetweenTheTwoRenames_isRepairedByTheNextRunBeforeItWrites() throws IOException {
        Path out = tmp.resolve("site");
        new Publisher(out).publish(List.of(file("2026-09/ket-qua.csv", "cũ")));
        // The state a kill leaves between "out → old" and "staging → out" on a system without the exchange.
        Files.move(out, tmp.resolve(".site.old-4242"));
        Files.createDirectories(tmp.resolve(".site.tmp-4242/2026-10"));
        new Publisher(out).recover();
        assertEquals("cũ", Files.readString(out.resolve("2026-09/ket-qua.csv")), "the old publication is back");
        assertEquals(List.of(".site.lock", "site"), siblings(), "no old or staging folder left");
    }

    @Test
    void secondBuildOnTheSameOutput_isRefusedWhileTheFirstHoldsTheLock() throws IOException {
        Path out = tmp.resolve("site");
        new Publisher(out).publish(List.of(file("a.csv", "1")));
        try (OutputLock running = OutputLock.acquire(tmp.resolve(".site.lock"), out)) {
            IOException refused = assertThrows(IOException.class,
                    () -> new Publisher(out).publish(List.of(file("a.csv", "2"))));
            assertTrue(refused.getMessage().contains("một lần xây dựng khác đang ghi vào"), refused.getMessage());
        }
        assertEquals("1", Files.readString(out.resolve("a.csv")), "the running build's output is left alone");
        new Publisher(out).publish(List.of(file("a.csv", "3")));
        assertEquals("3", Files.readString(out.resolve("a.csv")), "the lock is released with its build");
    }

    @Test
    void failedDocument_leavesThePreviousPublicationAndNoStagingFolder() throws IOException {
        Path out = tmp.resolve("site");
        new Publisher(out).publish(List.of(file("a.csv", "1")));
        Document broken = Document.of("b.csv", o -> {
            throw new IOException("đĩa đầy");
        });
        assertThrows(IOException.class, () -> new Publisher(out).publish(List.of(file("a.csv", "2"), broken)));
        assertEquals("1", Files.readString(out.resolve("a.csv")));
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinux_theExchangeSwapsTwoFoldersInOneStep() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("x"), "a");
        Files.writeString(b.resolve("x"), "b");
        assertTrue(Exchange.swap(a, b));
        assertEquals("b", Files.readString(a.resolve("x")));
        assertEquals("a", Files.readString(b.resolve("x")));
    }

    @Test
    void exchangeOfAMissingFolder_isAnErrorNotASilentSuccess() {
        assertThrows(IOException.class, () -> {
            if (!Exchange.swap(tmp.resolve("nothing"), Files.createDirectories(tmp.resolve("b")))) {
                throw new IOException("no exchange on this system: the two-rename path is used");
            }
        });
        assertFalse(Files.exists(tmp.resolve("nothing")));
    }
}
