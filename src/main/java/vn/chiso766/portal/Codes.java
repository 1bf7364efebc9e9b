package vn.chiso766.portal;

import java.util.Comparator;

/** Unit codes in the portal's natural order: H21, H21.2, H21.17, H21.227. */
final class Codes {
    static final Comparator<String> ORDER = Codes::compare;

    private Codes() {
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = part(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int part(String a, String b) {
        boolean digits = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit);
        if (digits && a.length() < 10 && b.length() < 10) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }
}
