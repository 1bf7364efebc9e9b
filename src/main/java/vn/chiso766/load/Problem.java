package vn.chiso766.load;

/**
 * An input error a user must fix before anything is published.
 *
 * @param line   1-based line in the file, 0 where the problem is the whole file
 * @param column 1-based column, 0 where the problem is the whole line or file
 * @param header the column's header name, empty where unknown
 */
public record Problem(String file, long line, int column, String header, String message) {

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    public static Problem ofLine(String file, long line, String message) {
        return new Problem(file, line, 0, "", message);
    }

    /** "data/scores/2026-09.csv, dòng 5, cột 3 (numerator): …" */
    @Override
    public String toString() {
        StringBuilder at = new StringBuilder(file);
        if (line > 0) {
            at.append(", dòng ").append(line);
        }
        if (column > 0) {
            at.append(", cột ").append(column);
            if (!header.isEmpty()) {
                at.append(" (").append(header).append(')');
            }
        }
        return at.append(": ").append(message).toString();
    }
}
