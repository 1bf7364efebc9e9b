package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One province's answers: every page of each endpoint, checked complete. */
record ProvinceReplies(String code, Map<Endpoint, List<Reply>> pages) {

    static ProvinceReplies of(String code, Map<Endpoint, Map<Integer, Reply>> endpoints, List<String> errors) {
        Map<Endpoint, List<Reply>> pages = new java.util.EnumMap<>(Endpoint.class);
        endpoints.forEach((endpoint, byPage) -> {
            int total = byPage.values().stream().mapToInt(Reply::pages).max().orElse(1);
            List<Integer> missing = new ArrayList<>();
            for (int page = 1; page <= total; page++) {
                if (!byPage.containsKey(page)) {
                    missing.add(page);
                }
            }
            if (!missing.isEmpty()) {
                errors.add("Tỉnh " + code + ", " + endpoint.describe() + ": thiếu trang " + missing + " trên tổng số "
                        + total + " trang. Hãy lưu đủ các trang (mỗi trang là một yêu cầu với currentPage khác).");
            }
            pages.put(endpoint, List.copyOf(byPage.values()));
        });
        for (Endpoint endpoint : Endpoint.groups()) {
            if (!pages.containsKey(endpoint)) {
                errors.add("Tỉnh " + code + ": thiếu câu trả lời của " + endpoint.describe() + ". Cần đủ sáu nhóm:"
                        + " transparency, dvc-progress-tree, provide-online-tree, formality-online-payment-tree,"
                        + " dossier-digitized, handling-satisfaction.");
            }
        }
        return new ProvinceReplies(code, Map.copyOf(pages));
    }

    /** Every unit row of an endpoint, across its pages, with the answer it comes from. */
    List<Located> rows(Endpoint endpoint) {
        List<Located> rows = new ArrayList<>();
        for (Reply reply : pages.getOrDefault(endpoint, List.of())) {
            int i = 0;
            for (JsonNode row : reply.rows()) {
                rows.add(new Located(reply, row, "$.data." + (reply.data().has("children") ? "children" : "evaluation")
                        + "[" + i++ + "]"));
            }
        }
        return rows;
    }

    /** The province's own row of an endpoint (overview or parent). */
    Optional<Located> self(Endpoint endpoint) {
        return pages.getOrDefault(endpoint, List.of()).stream().findFirst()
                .map(r -> new Located(r, r.self(), "$.data." + (r.data().has("parent") ? "parent" : "overview")));
    }

    /** A JSON row and where it is, for messages. */
    record Located(Reply reply, JsonNode node, String path) {
        String at() {
            return reply.origin() + ", " + path;
        }
    }
}
