package vn.chiso766.portal.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chiso766.portal.Endpoint;

/**
 * One request to make: an endpoint, the page asked for and its JSON body.
 *
 * @param folder where its answer is saved: the province code, or {@link #NATIONAL}
 */
record Call(String folder, Endpoint endpoint, int page, Map<String, Object> body) {
    static final String NATIONAL = "national";

    Call {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    Call page(int number) {
        return new Call(folder, endpoint, number, Bodies.paged(body, number));
    }

    /** "H44 transparency (trang 2)", "danh sách toàn quốc service-results": for messages. */
    String label() {
        String who = NATIONAL.equals(folder) ? "danh sách toàn quốc" : "tỉnh " + folder;
        return endpoint.path() + " (" + who + (page > 1 ? ", trang " + page : "") + ")";
    }
}
