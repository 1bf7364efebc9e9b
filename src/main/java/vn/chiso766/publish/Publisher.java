package vn.chiso766.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import vn.chiso766.render.Document;
import vn.chiso766.render.Timeline;

/**
 * Writes a publication atomically: every document goes into a sibling staging folder, which
 * replaces the output folder only when complete. An error or a crash leaves the previous
 * publication as it was; leftovers of a crashed run are cleaned (or restored) on the next run.
 */
public final class Publisher {
    /** Marks a folder as a chiso766 publication: only such a folder is ever replaced. */
    public static final String MARKER = ".chiso766";

    private final Path out;
    private final Path parent;
    private final String name;

    public Publisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
        this.parent = this.out.getParent();
        this.name = parent == null ? "" : this.out.getFileName().toString(); // the root: refused by publish
    }

    /** What a publish did. */
    public record Outcome(int documents, int rendered) {
    }

    /** True where the output folder was built from exactly these inputs and is still whole. */
    public boolean upToDate(String inputs) {
        if (!Files.isDirectory(out) || inputs.isEmpty()) {
            return false;
        }
        Manifest manifest = Manifest.read(out);
        return manifest.inputs().equals(inputs)
                && manifest.keys().keySet().stream().allMatch(path -> Files.isRegularFile(out.resolve(path)));
    }

    /** Writes every document (rendering only what changed) and swaps the result in. */
    public Outcome publish(List<Document> documents) throws IOException {
        return publish(documents, "", Progress.silent());
    }

    /**
     * @param inputs a digest of everything the publication is made from, kept in the manifest
     *               so that an unchanged rebuild can be skipped; empty when unknown
     */
    public Outcome publish(List<Document> documents, String inputs, Progress progress) throws IOException {
        if (parent == null) {
            throw new IOException(out + " là thư mục gốc của ổ đĩa, không thể thay thế. Hãy chọn một thư mục"
                    + " con bằng --out, ví dụ --out site.");
        }
        Files.createDirectories(parent);
        try (OutputLock lock = OutputLock.acquire(parent.resolve("." + name + ".lock"), out)) {
            recover();
            guard();
            return writeAndSwap(documents, inputs, progress);
        }
    }

    private Outcome writeAndSwap(List<Document> documents, String inputs, Progress progress) throws IOException {
        Path staging = parent.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        Folders.delete(staging);
        Files.createDirectory(staging);
        Outcome outcome;
        try {
            long step = System.nanoTime();
            Manifest before = Files.isDirectory(out) ? Manifest.read(out) : Manifest.empty();
            Timeline.span("bước: đọc bản kê ấn phẩm trước", step);
            Staging stage = new Staging(staging, out, before, BuildIdentity.get());
            Manifest written = stage.fill(documents, progress, Runtime.getRuntime().availableProcessors());
            step = System.nanoTime();
            new Manifest(inputs, written.keys(), written.scopes()).write(staging);
            swap(staging);
            Timeline.span("bước: ghi bản kê, thay ấn phẩm", step);
            outcome = new Outcome(documents.size(), stage.rendered());
        } catch (Throwable failed) {
            // The failure is what the user must see, not a later one while cleaning up after it.
            try {
                Folders.delete(staging);
            } catch (IOException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
        long step = System.nanoTime();
        Folders.delete(staging);
        Timeline.span("bước: xóa ấn phẩm cũ", step);
        return outcome;
    }

    /** Refuses to replace a folder that is not an earlier publication: nothing of the user's is lost. */
    private void guard() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " là một tệp, không phải thư mục xuất bản. Hãy chọn thư mục khác bằng --out.");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !Folders.isEmpty(out)) {
            throw new IOException("thư mục " + out + " đã có nội dung không do chiso766 tạo ra; không ghi đè."
                    + " Hãy chọn thư mục trống hoặc thư mục xuất bản cũ bằng --out.");
        }
    }

    /** One atomic exchange where the system has it; else two renames, repaired by {@link #recover()}. */
    private void swap(Path staging) throws IOException {
        if (Files.isDirectory(out) && Exchange.swap(staging, out)) {
            return; // staging now holds the previous publication; publish() deletes it
        }
        Path old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid());
        if (Files.exists(out)) {
            move(out, old);
        }
        move(staging, out);
        Folders.delete(old);
    }

    /** Restores a publication left aside by a crash between the two renames; drops stale staging. */
    void recover() throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".old-") && !Files.exists(out)) {
                    move(sibling, out);
                } else if (file.startsWith("." + name + ".old-") || file.startsWith("." + name + ".tmp-")) {
                    Folders.delete(sibling);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
