package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.chiso766.portal.Retrieval;

/**
 * A checked answer (HTTP 200/201, JSON, code OK) to one call.
 *
 * @param at       when the request that got it was sent, by the machine's clock
 * @param served   the portal's own time of the answer (its Date header); null when it sent none
 * @param attempts how many tries it took
 * @param body     the bytes as received, saved unchanged
 */
record Received(Call call, String url, int status, OffsetDateTime at, Instant served, int attempts, byte[] body,
                JsonNode json) {
    /** totalPages of data.pagination; 1 for answers without paging (the trees). */
    int totalPages() {
        return Math.max(1, json.path("data").path("pagination").path("totalPages").asInt(1));
    }

    /** When the portal gave these figures, in Vietnam's time: its Date header, else the machine's clock. */
    ZonedDateTime taken() {
        return (served != null ? served : at.toInstant()).atZone(Retrieval.VIETNAM);
    }
}
