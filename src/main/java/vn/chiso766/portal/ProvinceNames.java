package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A province's name and id: from the national list where there is one, else from its own answers. */
final class ProvinceNames {
    private ProvinceNames() {
    }

    static String name(ProvinceReplies province, Replies replies) {
        return national(province, replies).map(r -> Json.text(r, "departmentName")).filter(s -> !s.isEmpty())
                .orElseGet(() -> own(province, "departmentName", "UBND " + province.code()));
    }

    static String id(ProvinceReplies province, Replies replies) {
        return national(province, replies).map(r -> Json.text(r, "departmentId")).filter(s -> !s.isEmpty())
                .orElseGet(() -> own(province, "departmentId", ""));
    }

    private static Optional<JsonNode> national(ProvinceReplies province, Replies replies) {
        return replies.national().flatMap(n -> {
            for (JsonNode row : n.rows()) {
                if (province.code().equals(Json.text(row, "departmentCode"))) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        });
    }

    private static String own(ProvinceReplies province, String field, String fallback) {
        for (Endpoint endpoint : Endpoint.values()) {
            Optional<String> value = province.self(endpoint).map(s -> Json.text(s.node(), field))
                    .filter(s -> !s.isEmpty());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return fallback;
    }
}
