package vn.chiso766.portal;

import java.util.Comparator;

/**
 * Unit codes in the portal's natural order: H21, H21.2, H21.17, H21.227. Compared segment by
 * segment without splitting (a national import sorts some hundred thousand rows by code).
 */
final class Codes {
    static final Comparator<String> ORDER = Codes::compare;

    private Codes() {
    }

    /** Equal values with other spellings ("2", "02") still differ, so a sorted map keeps both. */
    private static int compare(String a, String b) {
        int c = byValue(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int byValue(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = end(a, i);
            int endB = end(b, j);
            int c = segment(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA + 1;
            j = endB + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int end(String s, int from) {
        int dot = s.indexOf('.', from);
        return dot < 0 ? s.length() : dot;
    }

    /** Digits against digits by value (shorter after leading zeros is smaller), anything else as text. */
    private static int segment(String a, int i, int endA, String b, int j, int endB) {
        if (digits(a, i, endA) && digits(b, j, endB)) {
            while (i < endA - 1 && a.charAt(i) == '0') {
                i++;
            }
            while (j < endB - 1 && b.charAt(j) == '0') {
                j++;
            }
            if (endA - i != endB - j) {
                return Integer.compare(endA - i, endB - j);
            }
        }
        for (; i < endA && j < endB; i++, j++) {
            int c = Character.compare(a.charAt(i), b.charAt(j));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(endA - i, endB - j);
    }

    private static boolean digits(String s, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
