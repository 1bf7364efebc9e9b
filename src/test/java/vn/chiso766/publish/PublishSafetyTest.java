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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.render.Document;

/** Publishing safely: one build at a time per output folder, and the one-step exchange on Linux. */
class PublishSafetyTest {
    @TempDir
    Path tmp;

    private static Document file(String path, String text) {
        return Document.of(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
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
    void aFailedBuild_reportsItsOwnErrorAndLeavesNoDocumentWritingBehindIt() throws IOException {
        Path out = tmp.resolve("site");
        new Publisher(out).publish(List.of(file("a.csv", "1")));
        AtomicBoolean slowDone = new AtomicBoolean();
        Document slow = Document.of("cham/b.csv", stream -> {
            sleep(500);
            stream.write('2');
            slowDone.set(true);
        });
        Document broken = Document.of("c.csv", stream -> {
            throw new IOException("hỏng khi dựng");
        });
        IOException failed = assertThrows(IOException.class,
                () -> new Publisher(out).publish(List.of(broken, slow, file("a.csv", "2"))));
        assertEquals("hỏng khi dựng", failed.getMessage(), "the document's own error, not a cleanup's");
        assertTrue(slowDone.get(), "publish returns only when no document is still being written");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(".site.lock", "site"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("1", Files.readString(out.resolve("a.csv")), "the previous publication is intact");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
