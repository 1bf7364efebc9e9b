package vn.chiso766.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chiso766.model.Period;
import vn.chiso766.model.Settings;

/**
 * Reads publication.properties (UTF-8) and checks everything the notice will read from it, so
 * that a mistake is reported with its line before anything is rendered. Recipients are the keys
 * noi_nhan.1, noi_nhan.2, … in numeric order, blank ones left out. A missing file gives empty
 * settings; the renderers have defaults.
 */
final class SettingsLoader {
    static final String FILE = "publication.properties";
    private static final Pattern ISSUE_DAY = Pattern.compile("(?:.+\\.)?ngay_ban_hanh");
    private static final Pattern ISSUE_DATE = Pattern.compile("(?:.+\\.)?ngay_ban_hanh\\.(\\d{4}-\\d{2})");
    private static final Pattern DAY = Pattern.compile("[0-9]{1,2}");
    private static final Pattern ADDRESS_KEY = Pattern.compile("(?:.+\\.)?dia_chi_an_pham");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s/]+(/\\S*)?");

    private SettingsLoader() {
    }

    /** @param isProvince whether a code is a province of units.csv, for keys given for one province */
    static Settings load(Path dataDir, Predicate<String> isProvince, Problems problems) {
        Path path = dataDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return Settings.empty();
        }
        String file = path.toString();
        Optional<String> text = TextDecoder.readLines(path, file, problems);
        if (text.isEmpty()) {
            return Settings.empty();
        }
        Problems found = new Problems();
        Settings settings = settings(PropertiesLines.read(text.get(), file, found), isProvince, file, found);
        problems.addAll(found.list().stream().sorted(Comparator.comparingLong(Problem::line)).toList());
        return settings;
    }

    private static Settings settings(List<PropertiesLines.Entry> entries, Predicate<String> isProvince, String file,
                                     Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        TreeMap<Integer, PropertiesLines.Entry> recipients = new TreeMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (PropertiesLines.Entry entry : entries) {
            Long first = seen.putIfAbsent(entry.key(), entry.line());
            Optional<String> problem = first != null ? Optional.of(duplicate(entry.key(), first))
                    : SettingsKeys.problem(entry.key(), entry.separated(), isProvince).or(() -> valueProblem(entry));
            if (problem.isPresent()) {
                problems.add(Problem.ofLine(file, entry.line(), problem.get()));
            } else if (entry.key().startsWith(Settings.RECIPIENT)) {
                recipient(entry, recipients, file, problems);
            } else {
                values.put(entry.key(), entry.value());
            }
        }
        return new Settings(values, recipients.values().stream().map(PropertiesLines.Entry::value).toList());
    }

    private static String duplicate(String key, long first) {
        return "khóa \"" + key + "\" đã có ở dòng " + first + ". Mỗi khóa chỉ ghi một lần; hãy xóa một trong hai dòng.";
    }

    /** "noi_nhan.1" and "noi_nhan.01" are the same place in the list: the second would replace the first. */
    private static void recipient(PropertiesLines.Entry entry, TreeMap<Integer, PropertiesLines.Entry> recipients,
                                  String file, Problems problems) {
        String digits = entry.key().substring(Settings.RECIPIENT.length());
        int number = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (entry.value().isEmpty()) {
            return;
        }
        PropertiesLines.Entry first = recipients.putIfAbsent(number, entry);
        if (first != null) {
            problems.add(Problem.ofLine(file, entry.line(), "nơi nhận số " + number + " đã có ở dòng " + first.line()
                    + " (" + first.key() + " và " + entry.key() + " là cùng một số). Hãy đánh số lại."));
        }
    }

    /** The issue day and dates, which the notice parses, and the address it prints as a link's text. */
    private static Optional<String> valueProblem(PropertiesLines.Entry entry) {
        String value = entry.value();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (ISSUE_DAY.matcher(entry.key()).matches()) {
            return issueDay(value);
        }
        if (ADDRESS_KEY.matcher(entry.key()).matches() && !ADDRESS.matcher(value).matches()) {
            return Optional.of("địa chỉ ấn phẩm \"" + value + "\" không phải một địa chỉ web. Ghi địa chỉ đầy đủ,"
                    + " bắt đầu bằng https:// hoặc http://, ví dụ dia_chi_an_pham=https://chiso766.gialai.gov.vn.");
        }
        Matcher date = ISSUE_DATE.matcher(entry.key());
        return date.matches() ? issueDate(value, Period.parse(date.group(1)).orElseThrow()) : Optional.empty();
    }

    private static Optional<String> issueDay(String value) {
        int day = DAY.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (day >= 1 && day <= 31) {
            return Optional.empty();
        }
        return Optional.of("ngày ban hành \"" + value + "\" không phải một ngày trong tháng. Ghi một số từ 1 đến 31:"
                + " ngày thứ N của tháng sau kỳ số liệu, ví dụ ngay_ban_hanh=5 (ngày vượt quá cuối tháng được lấy là"
                + " ngày cuối tháng); ngày cụ thể của một kỳ ghi ngay_ban_hanh.2026-10=2026-11-07.");
    }

    private static Optional<String> issueDate(String value, Period period) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return Optional.of("ngày ban hành \"" + value + "\" không đúng: ghi một ngày có thật, dạng YYYY-MM-DD"
                    + " (năm-tháng-ngày), ví dụ ngay_ban_hanh." + period + "=" + period.lastDay().plusDays(7) + ".");
        }
        // The last days of the period itself are allowed (a notice may be signed before the month ends).
        if (date.isBefore(period.firstDay())) {
            return Optional.of("ngày ban hành " + value + " trước kỳ " + period + ": thông báo kết quả một kỳ không"
                    + " thể ban hành trước khi kỳ bắt đầu. Hãy kiểm tra năm và tháng, ví dụ ngay_ban_hanh." + period + "="
                    + period.lastDay().plusDays(7) + ".");
        }
        return Optional.empty();
    }
}
