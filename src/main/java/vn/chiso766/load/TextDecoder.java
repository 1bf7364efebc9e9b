package vn.chiso766.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: a file in another encoding is an error, never mojibake. */
final class TextDecoder {
    private TextDecoder() {
    }

    static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            problems.add(Problem.ofFile(file, "tệp được lưu bằng mã UTF-16. Hãy lưu lại với mã hóa UTF-8"
                    + " (trong Excel: Lưu thành › CSV UTF-8)."));
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = lineAt(bytes, in.position());
            problems.add(Problem.ofLine(file, line, "có byte không hợp lệ trong mã UTF-8 (tệp có thể được lưu"
                    + " bằng Windows-1258, TCVN3 hoặc VNI). Hãy lưu lại tệp với mã hóa UTF-8."));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
