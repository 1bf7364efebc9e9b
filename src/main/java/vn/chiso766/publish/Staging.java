package vn.chiso766.publish;

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
import java.util.concurrent.atomic.AtomicInteger;
import vn.chiso766.render.Document;
import vn.chiso766.render.Timings;

/**
 * Fills a staging folder with every document, on all cores. A document whose key matches the
 * previous publication's is not rendered: its file is hard-linked (or copied) from there.
 * Each document streams to its own file, so memory does not grow with the publication.
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

    /** Writes every document; returns the keys of the new manifest (empty key: always rendered). */
    Map<String, String> fill(List<Document> documents, Progress progress, int threads) throws IOException {
        Map<String, String> keys = new ConcurrentHashMap<>();
        progress.start(documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> {
                    write(d, keys);
                    progress.step();
                    return null;
                }));
            }
            await(futures);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new HashMap<>(keys);
    }

    int rendered() {
        return rendered.get();
    }

    /** Prepares the document here, on the writing thread, so that its view model lives only as long as this. */
    private void write(Document document, Map<String, String> keys) throws IOException {
        Document.Prepared prepared = document.prepare();
        String key = prepared.fingerprint().map(f -> f + ":" + build).orElse("");
        keys.put(document.path(), key);
        Path target = root.resolve(document.path()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("output path escapes the publication: " + document.path());
        }
        Files.createDirectories(target.getParent());
        if (!key.isEmpty() && key.equals(before.keys().get(document.path())) && reuse(document.path(), target)) {
            return;
        }
        rendered.incrementAndGet();
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(target)) {
            prepared.body().writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Timings.add(Timings.phaseOf(document.path()), System.nanoTime() - start);
        }
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

    private static void await(List<Future<?>> futures) throws IOException {
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

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "chiso766-render");
            t.setDaemon(true);
            return t;
        };
    }
}
