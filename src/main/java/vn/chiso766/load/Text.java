package vn.chiso766.load;

import java.util.Optional;

/** Which characters a cell may hold: no control, format-override or stray BOM characters. */
final class Text {
    private Text() {
    }

    static Optional<Integer> firstForbidden(String cell) {
        // A loop rather than a stream: this runs for every cell of every file.
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            if (forbidden(cp)) {
                return Optional.of(cp);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    static boolean forbidden(int cp) {
        if (cp == '\t') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0)
                || cp == 0xFEFF // byte order mark in the middle of the text
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 // zero-width: two codes that look the same
                || (cp >= 0x200E && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) // bidi marks and overrides
                || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
                || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFD; // annotations, replacement char
    }

    /** Strips spaces, tabs and no-break spaces (pasted from spreadsheets), nothing else. */
    static String trim(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && blank(cell.charAt(start))) {
            start++;
        }
        while (end > start && blank(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    static String describe(int cp) {
        return String.format("U+%04X", cp);
    }
}
