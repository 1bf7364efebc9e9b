package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Splits a recorded answer's data.evaluation into pages, each with its data.pagination, as the portal pages. */
final class Paging {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Paging() {
    }

    static byte[][] split(byte[] answer, int count) {
        try {
            ObjectNode whole = (ObjectNode) MAPPER.readTree(answer);
            ArrayNode rows = (ArrayNode) whole.path("data").path("evaluation");
            int size = (rows.size() + count - 1) / count;
            byte[][] pages = new byte[count][];
            for (int i = 0; i < count; i++) {
                ObjectNode page = whole.deepCopy();
                ObjectNode data = (ObjectNode) page.get("data");
                ArrayNode part = data.putArray("evaluation");
                for (int r = i * size; r < Math.min(rows.size(), (i + 1) * size); r++) {
                    part.add(rows.get(r));
                }
                data.putObject("pagination").put("total", rows.size()).put("currentPage", i + 1)
                        .put("pageSize", size).put("totalPages", count);
                pages[i] = MAPPER.writeValueAsBytes(page);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
