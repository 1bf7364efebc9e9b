package vn.chiso766.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Swaps two folders in one step with Linux renameat2(RENAME_EXCHANGE), which Java cannot call
 * by itself: the output folder is never missing, not even for an instant, and a crash leaves
 * either the old or the new publication in place. Elsewhere (another system, a file system
 * without the flag) it reports "not done" and the publisher falls back to two renames.
 */
final class Exchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;
    private static final int ENOSYS = 38;
    private static final int EINVAL = 22;
    private static final Optional<LibC> LIBC = load();

    /** The one libc function used; paths as NUL-terminated bytes in the file-name encoding. */
    interface LibC extends Library {
        int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags) throws LastErrorException;
    }

    private Exchange() {
    }

    /** True when a and b were swapped; false when this system cannot (nothing changed then). */
    static boolean swap(Path a, Path b) throws IOException {
        if (LIBC.isEmpty()) {
            return false;
        }
        try {
            LIBC.get().renameat2(AT_FDCWD, bytes(a), AT_FDCWD, bytes(b), RENAME_EXCHANGE);
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENOSYS || e.getErrorCode() == EINVAL) {
                return false;
            }
            throw new IOException("không hoán đổi được " + a + " và " + b + " (errno " + e.getErrorCode() + ").", e);
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    private static Optional<LibC> load() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Native.load("c", LibC.class));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(Path path) {
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        byte[] text = path.toAbsolutePath().toString().getBytes(Charset.forName(encoding));
        return Arrays.copyOf(text, text.length + 1);
    }
}
