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

    /** A CSV file: a problem names the line and the column (from the header line). */
    static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        return decode(bytes, file, problems, true);
    }

    /** A file that is not a table (publication.properties): a problem names the line only. */
    static Optional<String> decodeLines(byte[] bytes, String file, Problems problems) {
        return decode(bytes, file, problems, false);
    }

    /** Reads and decodes a file that is not a table; a file that cannot be read is a problem too. */
    static Optional<String> readLines(java.nio.file.Path path, String file, Problems problems) {
        try {
            return decodeLines(java.nio.file.Files.readAllBytes(path), file, problems);
        } catch (java.io.IOException e) {
            problems.add(Problem.ofFile(file, "không đọc được tệp (" + e.getMessage() + ")."));
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, String file, Problems problems, boolean csv) {
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
            problems.add(at(file, out.flip().toString(), csv, "có byte không hợp lệ trong mã UTF-8 (tệp có thể được"
                    + " lưu bằng Windows-1258, TCVN3 hoặc VNI)." + RESAVE));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int mojibake = mojibake(text);
        if (mojibake >= 0) {
            problems.add(at(file, text.substring(0, mojibake), csv, "có chữ bị chuyển mã hai lần (\""
                    + text.substring(mojibake, Math.min(text.length(), mojibake + 3)) + "\" thay cho một chữ có dấu):"
                    + " tệp UTF-8 đã bị mở như Windows-1252 rồi lưu lại. Hãy lấy lại tệp gốc, hoặc mở tệp bằng"
                    + " Excel qua Dữ liệu › Từ văn bản/CSV, chọn mã 65001 (UTF-8), rồi lưu thành CSV UTF-8."));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * Where Vietnamese UTF-8 read as Windows-1252 and saved again shows, or -1: the letters
     * U+1EA0–U+1EF9 become "áº…"/"á»…" and ư, đ become "Æ°", "Ä‘" — pairs no Vietnamese word has.
     */
    static int mojibake(String text) {
        int first = -1;
        for (String mark : new String[] {"áº", "á»", "Æ°", "Ä‘"}) {
            int at = text.indexOf(mark);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * A problem at the line and, in a CSV file, the column where the text before it ends: the
     * header line gives the delimiter and the column's name.
     */
    private static Problem at(String file, String before, boolean csv, String message) {
        int lineStart = before.lastIndexOf('\n') + 1;
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        if (lineStart == 0 || !csv) {
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
