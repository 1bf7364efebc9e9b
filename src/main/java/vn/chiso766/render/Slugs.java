package vn.chiso766.render;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.chiso766.model.Unit;

/**
 * Safe file names for units: derived from the unit code (never the raw code), made of
 * [a-z0-9-] only, and unique — a collision gets a numeric suffix in units.csv order.
 */
public final class Slugs {
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 60;

    private final Map<String, String> byCode;

    private Slugs(Map<String, String> byCode) {
        this.byCode = byCode;
    }

    public static Slugs of(List<Unit> units) {
        Map<String, String> byCode = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Unit unit : units) {
            String base = base(unit.code());
            int n = used.merge(base, 1, Integer::sum);
            String slug = n == 1 ? base : base + "-" + n;
            while (n > 1 && used.containsKey(slug)) {
                slug = base + "-" + (++n);
            }
            used.putIfAbsent(slug, 1);
            byCode.put(unit.code(), slug);
        }
        return new Slugs(byCode);
    }

    /** The slug of a unit code of the dataset. */
    public String of(String code) {
        String slug = byCode.get(code);
        if (slug == null) {
            throw new IllegalArgumentException("unknown unit code: " + code);
        }
        return slug;
    }

    static String base(String code) {
        String ascii = Normalizer.normalize(code.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = UNSAFE.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "don-vi" : slug;
    }
}
