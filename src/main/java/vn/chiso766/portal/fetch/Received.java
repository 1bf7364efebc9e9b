package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A checked answer (HTTP 200/201, JSON, code OK) to one call.
 *
 * @param at       when the request that got it was sent
 * @param attempts how many tries it took
 * @param body     the bytes as received, saved unchanged
 */
record Received(Call call, String url, int status, OffsetDateTime at, int attempts, byte[] body, JsonNode json) {
    /** totalPages of data.pagination; 1 for answers without paging (the trees). */
    int totalPages() {
        return Math.max(1, json.path("data").path("pagination").path("totalPages").asInt(1));
    }
}
