package vn.chiso766.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chiso766.render.Document;
import vn.chiso766.render.Timeline;
import vn.chiso766.render.Timings;

/**
 * Fills a staging folder with every document, on all cores, in the order of the list. A
 * document whose key matches the previous publication's is not rendered: its file is
 * hard-linked (or copied) from there. Each document streams to its own file, so memory does
 * not grow with the publication.
 */
final class Staging {
    private final Path root;
    private final Path previous;
    private final Manifest before;
    private final String build;
    private final AtomicInteger rendered = new AtomicInteger();

    Staging(Path root, Path previous, Manifest before, String build) {
        this.root = root;
        this.previous = previous;
        this.before = before;
        this.build = build;
    }

    /** Writes every document; returns the new manifest's keys (empty: always rendered) and scopes. */
    Manifest fill(List<Document> documents, Progress progress, int threads) throws IOException {
        Map<String, String> keys = new ConcurrentHashMap<>();
        progress.start(documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            List<Future<?>> written = new ArrayList<>();
            for (Document d : documents) {
                written.add(pool.submit(() -> {
                    write(d, keys);
                    progress.step();
                    return null;
                }));
            }
            await(written);
        } finally {
            stop(pool);
            progress.finish();
        }
        Map<String, String> scopes = new HashMap<>();
        documents.stream().filter(d -> !d.scope().isEmpty()).forEach(d -> scopes.put(d.path(), d.scope()));
        return new Manifest("", keys, scopes);
    }

    /**
     * Drops the queued documents and waits for those being written: after a failure the caller
     * deletes the staging folder, which a document still being written would refill.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int rendered() {
        return rendered.get();
    }

    /** Prepares the document here, on the writing thread, so that its view model lives only as long as this. */
    private void write(Document document, Map<String, String> keys) throws IOException {
        if (reusedInScope(document, keys)) {
            return;
        }
        long preparing = System.nanoTime();
        Document.Prepared prepared = document.prepare();
        String key = key(prepared);
        Timeline.span("chuẩn bị " + document.path(), preparing);
        keys.put(document.path(), key);
        Path target = target(document.path());
        long linking = System.nanoTime();
        if (!key.isEmpty() && key.equals(before.keys().get(document.path())) && reuse(document.path(), target)) {
            Timeline.span("giữ " + document.path(), linking);
            return;
        }
        rendered.incrementAndGet();
        long start = System.nanoTime();
        // Buffered: PDFBox writes a PDF token by token, a system call each without it (~1,700 a card).
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            prepared.body().writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Timings.add(Timings.phaseOf(document.path()), System.nanoTime() - start);
            Timeline.span("dựng " + document.path(), start);
        }
    }

    /** Reuses, without preparing it, a document whose scope is the previous publication's; it keeps its previous key. */
    private boolean reusedInScope(Document document, Map<String, String> keys) throws IOException {
        String path = document.path();
        String key = before.keys().get(path);
        if (document.scope().isEmpty() || !document.scope().equals(before.scopes().get(path)) || !ours(key)) {
            return false;
        }
        long linking = System.nanoTime();
        Path target = target(path);
        if (!reuse(path, target)) {
            return false;
        }
        keys.put(path, key);
        Timeline.span("giữ theo phạm vi " + path, linking);
        return true;
    }

    /** A key of a document rendered (not on every build) by this very build of chiso766. */
    private boolean ours(String key) {
        String[] parts = key == null ? new String[0] : key.split(":", 3);
        return parts.length >= 2 && !parts[0].isEmpty() && parts[1].equals(build);
    }

    private Path target(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("output path escapes the publication: " + path);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** The document's fingerprint and the build; empty for a document rendered on every build. */
    private String key(Document.Prepared prepared) {
        return prepared.fingerprint().map(f -> f + ":" + build).orElse("");
    }

    /** Links the unchanged file of the previous publication; its inode is never written again. */
    private boolean reuse(String path, Path target) {
        Path old = previous.resolve(path);
        if (!Files.isRegularFile(old)) {
            return false;
        }
        try {
            Files.createLink(target, old);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(old, target);
            } catch (IOException copyFailed) {
                return false;
            }
        }
        return true;
    }

    private static void await(List<? extends Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }
    }

    /** Threads numbered from 1 within a build, so that a timeline tells them apart. */
    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger threads = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "chiso766-render-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
