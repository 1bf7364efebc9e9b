package vn.chiso766.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.render.Timeline;
import vn.chiso766.render.Timings;

/**
 * Fills a staging folder with every document, on all cores. A document whose key matches the
 * previous publication's is not rendered: its file is hard-linked (or copied) from there.
 * Each document streams to its own file, so memory does not grow with the publication. A
 * document that reads others (its {@link Document#inputs()}) is queued only once they are
 * written or reused; if one fails, so does it.
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
        Map<String, CompletableFuture<Void>> done = new HashMap<>();
        documents.forEach(d -> done.put(d.path(), new CompletableFuture<>()));
        checkInputs(documents);
        progress.start(documents.size());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), daemon());
        try {
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                Task task = new Task(i, () -> {
                    write(d, keys);
                    progress.step();
                }, done.get(d.path()));
                CompletableFuture.allOf(d.inputs().stream().map(done::get).toArray(CompletableFuture[]::new))
                        .whenComplete((ready, failed) -> task.startOn(pool, failed));
            }
            await(documents.stream().map(d -> done.get(d.path())).toList());
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
    private static void stop(ThreadPoolExecutor pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Inputs are documents of the publication that read no other, so no document waits forever. */
    private static void checkInputs(List<Document> documents) {
        Map<String, Document> byPath = new HashMap<>();
        documents.forEach(d -> byPath.put(d.path(), d));
        for (Document d : documents) {
            for (String input : d.inputs()) {
                Document read = byPath.get(input);
                if (read == null || !read.inputs().isEmpty()) {
                    throw new IllegalArgumentException(d.path() + " reads " + input
                            + ", which is not a document of the publication without inputs of its own");
                }
            }
        }
    }

    /**
     * One document's writing, queued by its place in the list once its inputs are written: a
     * document whose inputs just completed starts before the cheaper ones listed after it.
     */
    private record Task(int order, Work work, CompletableFuture<Void> done) implements Runnable, Comparable<Task> {
        void startOn(ThreadPoolExecutor pool, Throwable failedInput) {
            if (failedInput != null) {
                done.completeExceptionally(failedInput instanceof CompletionException c ? c.getCause() : failedInput);
                return;
            }
            try {
                pool.execute(this);
            } catch (RejectedExecutionException e) {
                done.completeExceptionally(e);
            }
        }

        @Override
        public void run() {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }

        @Override
        public int compareTo(Task other) {
            return Integer.compare(order, other.order);
        }
    }

    private interface Work {
        void run() throws IOException;
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
        String key = key(prepared, document.inputs(), keys);
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
            prepared.body().writeTo(out, root::resolve);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Timings.add(Timings.phaseOf(document.path()), System.nanoTime() - start);
            Timeline.span("dựng " + document.path(), start);
        }
    }

    /**
     * Reuses, without preparing it, a document whose scope is the previous publication's and whose
     * inputs were all reused too; it keeps its previous key.
     */
    private boolean reusedInScope(Document document, Map<String, String> keys) throws IOException {
        String path = document.path();
        String key = before.keys().get(path);
        if (document.scope().isEmpty() || !document.scope().equals(before.scopes().get(path)) || !ours(key)
                || !document.inputs().stream().allMatch(input -> unchanged(input, keys))) {
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

    /** An input whose key is the previous publication's, and not one rendered on every build. */
    private boolean unchanged(String input, Map<String, String> keys) {
        String key = keys.get(input);
        return key != null && !key.isEmpty() && key.equals(before.keys().get(input));
    }

    private Path target(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("output path escapes the publication: " + path);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /**
     * The document's fingerprint and the build; for a document that reads others, their keys too,
     * so that it is rendered again when one of them changes (always, if one is always rendered).
     */
    private String key(Document.Prepared prepared, List<String> inputs, Map<String, String> keys) {
        String own = prepared.fingerprint().map(f -> f + ":" + build).orElse("");
        if (own.isEmpty() || inputs.isEmpty()) {
            return own;
        }
        List<String> read = inputs.stream().map(keys::get).toList();
        return read.contains("") ? "" : own + ":" + Fingerprint.of(List.of(), read);
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
