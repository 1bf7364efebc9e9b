package vn.chiso766.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.chiso766.load.CsvTable;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;

/**
 * What a new import of a period changes against the period's file as it was (for a snapshot, the
 * same day's snapshot taken earlier): units and group scores.
 */
final class Revisions {
    private static final int SHOWN = 30;

    private Revisions() {
    }

    static List<String> of(Optional<CsvTable> before, List<ScoreRow> after, Catalogue catalogue, Period period) {
        String name = PeriodPaths.label(period);
        Map<String, Map<String, String>> now = new HashMap<>();
        for (ScoreRow row : after) {
            if (catalogue.group(row.code()).isPresent()) {
                now.computeIfAbsent(row.unit(), u -> new TreeMap<>()).put(row.code(), Csv.number(row.score()));
            }
        }
        if (before.isEmpty()) {
            return List.of("Kỳ " + name + ": số liệu mới của " + now.size() + " đơn vị.");
        }
        Map<String, Map<String, String>> then = groups(before.get(), catalogue);
        List<String> lines = new ArrayList<>();
        TreeSet<String> units = new TreeSet<>(Codes.ORDER);
        units.addAll(now.keySet());
        units.addAll(then.keySet());
        for (String unit : units) {
            lines.addAll(unit(unit, then.get(unit), now.get(unit)));
        }
        if (lines.isEmpty()) {
            return List.of("Kỳ " + name + ": điểm các nhóm không đổi so với " + earlier(period) + ".");
        }
        List<String> out = new ArrayList<>();
        out.add("Kỳ " + name + ": " + lines.size() + " thay đổi so với " + earlier(period) + (period.snapshot() == null
                ? " (Cổng có thể điều chỉnh số liệu các kỳ đã qua):" : " (Cổng tính số liệu theo thời gian thực):"));
        out.addAll(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) {
            out.add("… và " + (lines.size() - SHOWN) + " thay đổi khác.");
        }
        return out;
    }

    private static String earlier(Period period) {
        return period.snapshot() == null ? "lần nhập trước" : "lần lấy trước trong cùng ngày";
    }

    private static List<String> unit(String unit, Map<String, String> then, Map<String, String> now) {
        if (then == null) {
            return List.of("  + " + unit + ": có số liệu mới");
        }
        if (now == null) {
            return List.of("  - " + unit + ": không còn số liệu trong kỳ");
        }
        List<String> lines = new ArrayList<>();
        TreeSet<String> groups = new TreeSet<>(then.keySet());
        groups.addAll(now.keySet());
        for (String group : groups) {
            String a = then.getOrDefault(group, "");
            String b = now.getOrDefault(group, "");
            if (!same(a, b)) {
                lines.add("  ~ " + unit + " " + group + ": " + shown(a) + " → " + shown(b));
            }
        }
        return lines;
    }

    private static Map<String, Map<String, String>> groups(CsvTable table, Catalogue catalogue) {
        Map<String, Map<String, String>> out = new HashMap<>();
        int unit = table.column("unit_code");
        int code = table.column("indicator");
        int score = table.column("score");
        if (unit < 0 || code < 0 || score < 0) {
            return out;
        }
        for (CsvTable.Row row : table.rows()) {
            if (catalogue.group(row.cells().get(code)).isPresent()) {
                out.computeIfAbsent(row.cells().get(unit), u -> new TreeMap<>())
                        .put(row.cells().get(code), row.cells().get(score));
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        try {
            return new BigDecimal(a.replace(',', '.')).compareTo(new BigDecimal(b.replace(',', '.'))) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static String shown(String score) {
        return score.isEmpty() ? "chưa có dữ liệu" : score.replace('.', ',');
    }
}
