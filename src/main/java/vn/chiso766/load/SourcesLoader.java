package vn.chiso766.load;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Period;
import vn.chiso766.model.Provenance;

/**
 * Reads one sources/YYYY-MM.properties: where a period's figures came from (source=portal
 * with portal=…, or source=files with files=…) and when (retrieved_at, ISO-8601 with offset).
 */
final class SourcesLoader {
    static final List<String> KEYS = List.of("source", "portal", "files", "retrieved_at");
    private static final String EXAMPLE = " Ví dụ: source=portal, portal=https://dichvucong.gov.vn,"
            + " retrieved_at=2026-11-05T08:15:00+07:00.";

    private SourcesLoader() {
    }

    static Optional<Provenance> load(Path path, String file, Period period, Problems problems) {
        Optional<String> text = TextDecoder.readLines(path, file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, PropertiesLines.Entry> entries = entries(PropertiesLines.read(text.get(), file, problems), file,
                problems);
        Optional<Provenance> provenance = provenance(entries, period, file, problems);
        return problems.size() == before ? provenance : Optional.empty();
    }

    private static Map<String, PropertiesLines.Entry> entries(List<PropertiesLines.Entry> lines, String file,
                                                           Problems problems) {
        Map<String, PropertiesLines.Entry> entries = new HashMap<>();
        for (PropertiesLines.Entry entry : lines) {
            if (!KEYS.contains(entry.key())) {
                problems.add(Problem.ofLine(file, entry.line(), "khóa \"" + Numbers.shorten(entry.key())
                        + "\" không được dùng trong tệp nguồn số liệu. Các khóa: " + String.join(", ", KEYS) + "."));
                continue;
            }
            PropertiesLines.Entry first = entries.putIfAbsent(entry.key(), entry);
            if (first != null) {
                problems.add(Problem.ofLine(file, entry.line(), "khóa \"" + entry.key() + "\" đã có ở dòng "
                        + first.line() + ". Mỗi khóa chỉ ghi một lần; hãy xóa dòng thừa."));
            }
        }
        return entries;
    }

    private static Optional<Provenance> provenance(Map<String, PropertiesLines.Entry> entries, Period period,
                                                   String file, Problems problems) {
        int before = problems.size();
        Optional<Provenance.Kind> kind = kind(entries.get("source"), file, problems);
        Optional<OffsetDateTime> at = retrievedAt(entries.get("retrieved_at"), file, problems);
        Optional<String> portal = Optional.ofNullable(entries.get("portal")).map(PropertiesLines.Entry::value)
                .filter(v -> !v.isEmpty());
        List<String> files = Optional.ofNullable(entries.get("files")).map(e -> split(e.value())).orElse(List.of());
        kind.ifPresent(k -> consistent(k, entries, portal, files, file, problems));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(period, kind.orElseThrow(), portal, files, at.orElseThrow()));
    }

    private static Optional<Provenance.Kind> kind(PropertiesLines.Entry entry, String file, Problems problems) {
        if (entry == null) {
            problems.add(Problem.ofFile(file, "thiếu khóa \"source\": ghi source=portal (lấy trực tiếp từ Cổng) hoặc"
                    + " source=files (nhập từ các tệp trả lời của Cổng)." + EXAMPLE));
            return Optional.empty();
        }
        return switch (entry.value()) {
            case "portal" -> Optional.of(Provenance.Kind.PORTAL);
            case "files" -> Optional.of(Provenance.Kind.FILES);
            default -> {
                problems.add(Problem.ofLine(file, entry.line(), "source=\"" + Numbers.shorten(entry.value())
                        + "\" không đúng: chỉ nhận source=portal hoặc source=files."));
                yield Optional.empty();
            }
        };
    }

    private static Optional<OffsetDateTime> retrievedAt(PropertiesLines.Entry entry, String file, Problems problems) {
        if (entry == null) {
            problems.add(Problem.ofFile(file, "thiếu khóa \"retrieved_at\": thời điểm lấy hoặc nhập số liệu, dạng"
                    + " ISO-8601 có múi giờ, ví dụ retrieved_at=2026-11-05T08:15:00+07:00."));
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(entry.value()));
        } catch (DateTimeParseException e) {
            problems.add(Problem.ofLine(file, entry.line(), "retrieved_at=\"" + Numbers.shorten(entry.value())
                    + "\" không phải thời điểm ISO-8601 có múi giờ. Hãy ghi dạng năm-tháng-ngàyTgiờ:phút:giây+múi giờ,"
                    + " ví dụ 2026-11-05T08:15:00+07:00."));
            return Optional.empty();
        }
    }

    private static void consistent(Provenance.Kind kind, Map<String, PropertiesLines.Entry> entries,
                                   Optional<String> portal, List<String> files, String file, Problems problems) {
        if (kind == Provenance.Kind.PORTAL && portal.isEmpty()) {
            problems.add(Problem.ofLine(file, entries.get("source").line(), "source=portal cần khóa \"portal\" với"
                    + " địa chỉ của Cổng, ví dụ portal=https://dichvucong.gov.vn."));
        }
        portal.filter(p -> !p.startsWith("https://") && !p.startsWith("http://")).ifPresent(p -> problems.add(
                Problem.ofLine(file, entries.get("portal").line(), "portal=\"" + Numbers.shorten(p) + "\" không phải"
                        + " một địa chỉ web. Hãy ghi dạng https://dichvucong.gov.vn.")));
        if (kind == Provenance.Kind.FILES && files.isEmpty()) {
            problems.add(Problem.ofLine(file, entries.get("source").line(), "source=files cần khóa \"files\" với tên"
                    + " các tệp trả lời đã nhập, cách nhau bằng dấu phẩy, ví dụ files=2026-10-h21.json, 2026-10-ckmb.json."));
        }
        if (kind == Provenance.Kind.PORTAL && entries.containsKey("files")) {
            problems.add(Problem.ofLine(file, entries.get("files").line(), "khóa \"files\" chỉ dùng khi source=files."
                    + " Hãy xóa dòng này hoặc đổi thành source=files."));
        }
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
