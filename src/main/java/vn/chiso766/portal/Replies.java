package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recognised answers sorted out: the national list, and per province each endpoint's pages.
 * Refuses what cannot make one consistent set: answers that disagree, missing pages or endpoints,
 * provinces mixed without the national list, a province that cannot be named.
 */
final class Replies {
    private final Optional<Reply> national;
    private final Map<String, ProvinceReplies> provinces;
    private final Map<String, String> codes;

    private Replies(Optional<Reply> national, Map<String, ProvinceReplies> provinces, Map<String, String> codes) {
        this.national = national;
        this.provinces = provinces;
        this.codes = codes;
    }

    /** The code of the province an answer is about; empty for the national list. */
    String province(Reply reply) {
        return reply.endpoint() == Endpoint.NATIONAL ? ""
                : reply.provinceCode().isEmpty() ? codes.getOrDefault(reply.provinceId(), "") : reply.provinceCode();
    }

    Optional<Reply> national() {
        return national;
    }

    /** Provinces by code, in code order. */
    Map<String, ProvinceReplies> provinces() {
        return provinces;
    }

    static Replies of(List<Reply> replies) throws ImportException {
        List<String> errors = new ArrayList<>();
        Map<String, String> codes = provinceCodes(replies);
        Optional<Reply> national = Optional.empty();
        Map<String, Map<Endpoint, Map<Integer, Reply>>> byProvince = new TreeMap<>();
        for (Reply reply : replies) {
            if (reply.endpoint() == Endpoint.NATIONAL) {
                national = Optional.of(national.isEmpty() ? reply : same(national.get(), reply, errors));
                continue;
            }
            String code = reply.provinceCode().isEmpty() ? codes.get(reply.provinceId()) : reply.provinceCode();
            if (code == null) {
                errors.add(reply.origin() + ", $.data.overview: không xác định được tỉnh của câu trả lời (chỉ có"
                        + " departmentId " + reply.provinceId() + "). Hãy nhập kèm danh sách toàn quốc"
                        + " (service-results) hoặc câu trả lời dossier-digitized / dvc-progress-tree của tỉnh.");
                continue;
            }
            Map<Integer, Reply> pages = byProvince.computeIfAbsent(code, c -> new EnumMap<>(Endpoint.class))
                    .computeIfAbsent(reply.endpoint(), e -> new TreeMap<>());
            Reply first = pages.putIfAbsent(reply.page(), reply);
            if (first != null) {
                same(first, reply, errors);
            }
        }
        if (byProvince.size() > 1 && national.isEmpty()) {
            errors.add("Các câu trả lời thuộc nhiều tỉnh (" + String.join(", ", byProvince.keySet()) + ") nhưng"
                    + " không có danh sách toàn quốc (service-results không có rootDepartmentId). Hãy nhập từng"
                    + " tỉnh riêng, hoặc nhập kèm danh sách toàn quốc.");
        }
        Map<String, ProvinceReplies> provinces = new TreeMap<>();
        byProvince.forEach((code, endpoints) -> provinces.put(code, ProvinceReplies.of(code, endpoints, errors)));
        if (byProvince.isEmpty() && national.isEmpty()) {
            errors.add("Không có câu trả lời nào để nhập.");
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        return new Replies(national, provinces, codes);
    }

    /** Two answers for the same endpoint and page must agree; the first is kept. */
    private static Reply same(Reply first, Reply second, List<String> errors) {
        if (!first.data().equals(second.data())) {
            errors.add(second.origin() + ": cùng là " + second.endpoint().describe() + (second.pages() > 1 ? " trang "
                    + second.page() : "") + " như " + first.origin() + " nhưng số liệu khác nhau. Hãy giữ lại"
                    + " một câu trả lời (bản mới nhất) và bỏ bản kia.");
        }
        return first;
    }

    /** Province ids to codes, from every answer that names both (national list, trees, dossier-digitized). */
    private static Map<String, String> provinceCodes(List<Reply> replies) {
        Map<String, String> codes = new HashMap<>();
        for (Reply reply : replies) {
            if (reply.endpoint() == Endpoint.NATIONAL) {
                for (JsonNode row : reply.rows()) {
                    put(codes, Json.text(row, "departmentId"), Json.text(row, "departmentCode"));
                }
            } else {
                put(codes, reply.provinceId(), reply.provinceCode());
            }
        }
        return codes;
    }

    private static void put(Map<String, String> codes, String id, String code) {
        if (!id.isEmpty() && !code.isEmpty()) {
            codes.putIfAbsent(id, code);
        }
    }
}
