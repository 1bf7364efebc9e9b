package vn.chiso766.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chiso766.model.Kind;

/**
 * Joins one province's answers on departmentId (two endpoints have no departmentCode): every unit
 * with its code, name and kind, and the rows of every endpoint it appears in.
 */
final class Join {
    private final ProvinceReplies replies;
    private final Map<String, String> knownCodes;
    private final Figures figures;
    private final List<String> warnings;
    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /** What the answers say of one departmentId. */
    private static final class Seen {
        String code = "";
        String name = "";
        Kind kind;
        final Set<Endpoint> endpoints = EnumSet.noneOf(Endpoint.class);
        final List<ProvinceReplies.Located> rows = new ArrayList<>();
    }

    /** The joined figures of a province. */
    record Result(PortalUnit province, List<PortalUnit> units, List<ScoreRow> rows) {
    }

    /** @param knownCodes units.csv's portal ids to codes, for a unit whose code no answer gives */
    Join(ProvinceReplies replies, Map<String, String> knownCodes, Figures figures, List<String> warnings) {
        this.replies = replies;
        this.knownCodes = knownCodes;
        this.figures = figures;
        this.warnings = warnings;
    }

    Result run(String provinceName, String provinceId) {
        List<Endpoint> endpoints = new ArrayList<>(Endpoint.groups());
        endpoints.add(0, Endpoint.UNITS);
        for (Endpoint endpoint : endpoints) {
            for (ProvinceReplies.Located row : replies.rows(endpoint)) {
                note(endpoint, row);
            }
        }
        String province = replies.code();
        List<ScoreRow> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.groups()) {
            replies.self(endpoint).ifPresent(self -> rows.addAll(figures.of(endpoint, province, self)));
        }
        List<PortalUnit> units = new ArrayList<>();
        seen.forEach((id, unit) -> resolve(id, unit).ifPresent(u -> {
            units.add(u);
            missing(u, unit);
            for (ProvinceReplies.Located row : unit.rows) {
                rows.addAll(figures.of(row.reply().endpoint(), u.code(), row));
            }
        }));
        return new Result(new PortalUnit(provinceId, province, provinceName, Kind.PROVINCE, ""), units, rows);
    }

    private void note(Endpoint endpoint, ProvinceReplies.Located row) {
        String id = Json.text(row.node(), "departmentId");
        if (id.isEmpty()) {
            warnings.add(row.at() + ": dòng không có departmentId nên không ghép được với các nhóm khác; bỏ qua.");
            return;
        }
        Seen unit = seen.computeIfAbsent(id, k -> new Seen());
        unit.code = unit.code.isEmpty() ? Json.text(row.node(), "departmentCode") : unit.code;
        unit.name = unit.name.isEmpty() ? Json.text(row.node(), "departmentName") : unit.name;
        unit.kind = unit.kind == null ? kind(row).orElse(null) : unit.kind;
        if (endpoint != Endpoint.UNITS) {
            unit.endpoints.add(endpoint);
            unit.rows.add(row);
        }
    }

    private Optional<PortalUnit> resolve(String id, Seen unit) {
        String code = unit.code.isEmpty() ? knownCodes.getOrDefault(id, "") : unit.code;
        if (code.isEmpty()) {
            warnings.add("Tỉnh " + replies.code() + ": đơn vị \"" + unit.name + "\" (departmentId " + id + ") không có"
                    + " mã ở câu trả lời nào và chưa có trong units.csv (cột portal_id); chưa nhập. Hãy nhập kèm"
                    + " câu trả lời dossier-digitized hoặc dvc-progress-tree, hoặc thêm đơn vị vào units.csv.");
            return Optional.empty();
        }
        Kind kind = unit.kind;
        if (kind == null) {
            kind = Kind.AGENCY;
            warnings.add("Tỉnh " + replies.code() + ": không rõ loại của đơn vị " + code + " (" + unit.name
                    + "); ghi là AGENCY (sở, ban, ngành). Hãy sửa cột kind trong units.csv nếu cần.");
        }
        return Optional.of(new PortalUnit(id, code, unit.name, kind, replies.code()));
    }

    private void missing(PortalUnit unit, Seen seen) {
        List<String> lacking = Endpoint.groups().stream().filter(e -> !seen.endpoints.contains(e))
                .map(Endpoint::group).toList();
        if (!lacking.isEmpty() && !seen.endpoints.isEmpty()) {
            warnings.add("Đơn vị " + unit.code() + " (" + UnitsCsv.shortName(unit.name()) + ") không có trong câu trả lời của nhóm "
                    + String.join(", ", lacking) + ": các nhóm này để trống (chưa có dữ liệu).");
        } else if (seen.endpoints.isEmpty()) {
            warnings.add("Đơn vị " + unit.code() + " (" + UnitsCsv.shortName(unit.name()) + ") chỉ có trong danh sách đơn vị, không có"
                    + " số liệu nhóm nào: chưa có dữ liệu kỳ này.");
        }
    }

    private static Optional<Kind> kind(ProvinceReplies.Located row) {
        String value = Json.text(row.node(), "childGroup") + Json.text(row.node(), "departmentType")
                + Json.text(row.node(), "level");
        return switch (value) {
            case "AGENCY", "PROVINCIAL_DEPARTMENT", "PROVINCE" -> Optional.of(Kind.AGENCY);
            case "COMMUNE", "COMMUNE_PEOPLE_COMMITTEE" -> Optional.of(Kind.COMMUNE);
            case "DISTRICT", "DISTRICT_PEOPLE_COMMITTEE" -> Optional.of(Kind.DISTRICT);
            default -> Optional.empty();
        };
    }
}
