package vn.chiso766.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A .properties text as entries with their line numbers. java.util.Properties reads each logical
 * line (so the syntax is exactly Java's: "=", ":" or a space, "\" continuations, "\\uXXXX"
 * escapes), but loses where a key was written; splitting the lines first keeps it.
 */
final class PropertiesLines {
    /**
     * @param line      where the entry starts
     * @param separated whether the line holds "=" or ":", as "key=value" does
     */
    record Entry(String key, String value, long line, boolean separated) {
    }

    private PropertiesLines() {
    }

    static List<Entry> read(String text, String file, Problems problems) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (skipped(lines[i])) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (continued(lines[i]) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            entry(logical.toString(), first + 1, file, problems).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<Entry> entry(String logical, long line, String file, Problems problems) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logical));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.ofLine(file, line, "có \"\\u\" không theo sau bởi 4 chữ số thập lục phân. Hãy viết"
                    + " thẳng chữ có dấu (tệp là UTF-8), hoặc ghi \"\\\\\" nếu cần một dấu gạch chéo ngược."));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> name = one.stringPropertyNames().stream().findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String key = name.get();
        String value = Normalizer.normalize(one.getProperty(key).strip(), Normalizer.Form.NFC);
        Optional<Integer> hidden = Text.firstForbidden(key + value.replace('\n', ' '));
        if (hidden.isPresent()) {
            problems.add(Problem.ofLine(file, line, "có ký tự ẩn hoặc ký tự điều khiển không được phép "
                    + Text.describe(hidden.get()) + ". Hãy xóa ký tự này (thường do dán từ trang web hay tệp khác)."));
            return Optional.empty();
        }
        return Optional.of(new Entry(key, value, line, logical.contains("=") || logical.contains(":")));
    }

    /** Blank lines and comments ("#" or "!" first); a comment never continues on the next line. */
    private static boolean skipped(String line) {
        String start = line.stripLeading();
        return start.isEmpty() || start.startsWith("#") || start.startsWith("!");
    }

    /** An odd number of trailing backslashes joins the next line. */
    private static boolean continued(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
