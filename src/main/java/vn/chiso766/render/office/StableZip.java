package vn.chiso766.render.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Gives every entry of an Office file (a zip that POI writes with the clock's time) one fixed
 * time, so that the same document gives the same bytes. Entries are copied raw, in their order,
 * without being inflated and deflated again.
 */
final class StableZip {
    private StableZip() {
    }

    /** @param time the entries' time, written as it reads (zip times are local, without a zone) */
    static void copy(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        // Zip's DOS times are converted with the default zone both ways: this makes them read as `time` anywhere.
        long millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipArchiveOutputStream target = new ZipArchiveOutputStream(new NonClosing(out));
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                try (InputStream raw = in.getRawInputStream(entry)) {
                    target.addRawArchiveEntry(stable(entry, millis), raw);
                }
            }
            target.finish();
            target.close();
        }
    }

    private static ZipArchiveEntry stable(ZipArchiveEntry entry, long millis) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setMethod(entry.getMethod());
        copy.setSize(entry.getSize());
        copy.setCompressedSize(entry.getCompressedSize());
        copy.setCrc(entry.getCrc());
        copy.setTime(millis);
        return copy;
    }

    /** The staging closes the file itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
