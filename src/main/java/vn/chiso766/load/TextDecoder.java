package vn.chiso766.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: a file in another encoding is an error, never mojibake. */
final class TextDecoder {
    private static final String RESAVE = " Hãy lưu lại tệp với mã hóa UTF-8 (trong Excel: Lưu thành › CSV UTF-8).";

    private TextDecoder() {
    }

    static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || looksUtf16(bytes)) {
            problems.add(Problem.ofFile(file, "tệp được lưu bằng mã UTF-16." + RESAVE));
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
            problems.add(badByte(file, out.flip().toString()));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    /**
     * Names the line and the CSV column of the first byte that is not UTF-8, from the text
     * decoded before it: the header line gives the delimiter and the column's name.
     */
    private static Problem badByte(String file, String before) {
        String message = "có byte không hợp lệ trong mã UTF-8 (tệp có thể được lưu bằng Windows-1258, TCVN3"
                + " hoặc VNI)." + RESAVE;
        int lineStart = before.lastIndexOf('\n') + 1;
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        if (lineStart == 0) {
            return Problem.ofLine(file, line, message);
        }
        String header = before.substring(0, before.indexOf('\n')).strip();
        char delimiter = Delimiter.detect(header);
        int column = Delimiter.countOutsideQuotes(before.substring(lineStart), delimiter) + 1;
        String[] names = header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        String name = column <= names.length ? names[column - 1].replace("\"", "").strip() : "";
        return new Problem(file, line, column, Text.firstForbidden(name).isPresent() ? "" : name, message);
    }

    /** UTF-16 without a byte order mark: ASCII text with a zero byte beside every letter. */
    private static boolean looksUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 64) & ~1;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return n >= 4 && zeros >= n / 4;
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
