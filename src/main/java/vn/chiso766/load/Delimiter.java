package vn.chiso766.load;

/** Finds a file's delimiter from its header line: the most frequent of , ; and tab. */
final class Delimiter {
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private Delimiter() {
    }

    static char detect(String text) {
        String header = firstLine(text);
        char best = ',';
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            int count = countOutsideQuotes(header, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }
}
