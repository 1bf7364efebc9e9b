package vn.chiso766.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.chiso766.model.Period;
import vn.chiso766.model.Settings;

/**
 * Which keys publication.properties may hold: a key of {@link Settings#KEYS}, optionally after a
 * province code ("H21.ky.ho_ten"), "so" and "ngay_ban_hanh" also for one period ("so.2026-10"),
 * and the recipients "noi_nhan.N". Any other key would silently do nothing, so it is reported.
 */
final class SettingsKeys {
    private static final Pattern RECIPIENT = Pattern.compile(Pattern.quote(Settings.RECIPIENT) + "[0-9]+");
    private static final Pattern PERIOD_LIKE = Pattern.compile("\\d{4}-\\d{1,2}");
    private static final String EXAMPLE = "ví dụ ky.ho_ten=Nguyễn Văn A";

    /** What a key without its province prefix is: a valid form, a form written wrongly, or none. */
    private record Form(boolean recognised, String problem) {
        static final Form NONE = new Form(false, "");
        static final Form VALID = new Form(true, "");
    }

    private SettingsKeys() {
    }

    /** What is wrong with a key, or empty when the notice reads it. */
    static Optional<String> problem(String key, boolean separated, Predicate<String> isProvince) {
        if (key.startsWith(Settings.RECIPIENT)) {
            return RECIPIENT.matcher(key).matches() ? Optional.empty() : Optional.of("khóa \"" + key
                    + "\" không hợp lệ: nơi nhận đánh số bằng chữ số, noi_nhan.1, noi_nhan.2, …");
        }
        Form whole = form(key);
        if (whole.recognised()) {
            return problem(whole);
        }
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            String province = key.substring(0, dot);
            String rest = key.substring(dot + 1);
            if (rest.startsWith(Settings.RECIPIENT)) {
                return Optional.of("nơi nhận dùng chung cho mọi tỉnh, không ghi riêng cho một tỉnh. Hãy bỏ \""
                        + province + ".\" ở đầu khóa (" + rest + ").");
            }
            Form form = form(rest);
            if (form.recognised()) {
                return !form.problem().isEmpty() || isProvince.test(province) ? problem(form)
                        : Optional.of("\"" + province + "\" ở đầu khóa \"" + key + "\" không phải mã một tỉnh trong"
                        + " units.csv. Khóa riêng cho một tỉnh là mã tỉnh, dấu chấm, rồi khóa (ví dụ H21.ky.ho_ten);"
                        + " hãy sửa mã tỉnh hoặc bỏ phần đó.");
            }
        }
        return Optional.of(unknown(key, separated));
    }

    private static Optional<String> problem(Form form) {
        return form.problem().isEmpty() ? Optional.empty() : Optional.of(form.problem());
    }

    private static Form form(String key) {
        if (Settings.KEYS.contains(key)) {
            return Form.VALID;
        }
        int dot = key.lastIndexOf('.');
        String base = dot > 0 ? key.substring(0, dot) : "";
        String period = key.substring(dot + 1);
        if (Settings.PER_PERIOD.contains(base)) {
            return Period.parse(period).isPresent() ? Form.VALID : new Form(true, "kỳ \"" + period + "\" trong khóa \""
                    + key + "\" không đúng dạng YYYY-MM (năm, tháng hai chữ số). Hãy sửa, ví dụ " + base + ".2026-10.");
        }
        if (Settings.KEYS.contains(base) && PERIOD_LIKE.matcher(period).matches()) {
            return new Form(true, "chỉ so và ngay_ban_hanh ghi riêng được cho một kỳ; \"" + base + "\" dùng cho"
                    + " mọi kỳ. Hãy ghi " + base + "=… (bỏ \"." + period + "\").");
        }
        return Form.NONE;
    }

    private static String unknown(String key, boolean separated) {
        if (!separated) {
            return "dòng này không có dấu \"=\". Mỗi dòng là khóa=giá trị (" + EXAMPLE + "); dòng ghi chú bắt đầu"
                    + " bằng #.";
        }
        return "khóa \"" + key + "\" không phải khóa thiết lập nào nên không có tác dụng. "
                + nearest(key).map(k -> "Có phải là \"" + k + "\"? Hãy sửa tên khóa.")
                        .orElse("Hãy sửa tên khóa, hoặc thêm # ở đầu dòng nếu đây là ghi chú.")
                + " Các khóa dùng được: " + String.join(", ", Settings.KEYS) + ", noi_nhan.1, noi_nhan.2, …"
                + " (xem README, mục Tệp PDF).";
    }

    /** The valid key a typo most likely meant: a few letters away (ky.hoten, nơi_nhận.1, NGAY_BAN_HANH). */
    private static Optional<String> nearest(String key) {
        String typed = key.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>(Settings.KEYS);
        int dot = typed.lastIndexOf('.');
        String tail = typed.substring(dot + 1);
        if (PERIOD_LIKE.matcher(tail).matches()) {
            Settings.PER_PERIOD.forEach(k -> candidates.add(k + "." + tail));
        } else if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit)) {
            candidates.add(Settings.RECIPIENT + tail);
        }
        return candidates.stream().filter(c -> distance(typed, c) <= Math.max(2, c.length() / 4))
                .min(Comparator.comparingInt(c -> distance(typed, c)));
    }

    /** Levenshtein distance: edits (insert, delete, replace) from one text to the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
