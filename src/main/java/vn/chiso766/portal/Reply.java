package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recognised answer: its endpoint, its {@code data}, the province it is about (as the answer
 * names it: id, code or both) and which page it is.
 */
record Reply(String origin, Endpoint endpoint, JsonNode data, String provinceId, String provinceCode, int page,
             int pages) {

    static Reply of(String origin, Endpoint endpoint, JsonNode data) {
        JsonNode self = endpoint == Endpoint.NATIONAL ? data.path("none")
                : data.has("parent") ? data.path("parent") : data.path("overview");
        JsonNode pagination = data.path("pagination");
        int page = pagination.path("currentPage").asInt(1);
        int pages = pagination.path("totalPages").asInt(1);
        return new Reply(origin, endpoint, data, Json.text(self, "departmentId"), Json.text(self, "departmentCode"),
                page, Math.max(pages, 1));
    }

    /** The unit rows: children of a tree, evaluation of a list. */
    JsonNode rows() {
        return data.has("children") ? data.path("children") : data.path("evaluation");
    }

    /** The province's own row: a tree's parent, a list's overview. */
    JsonNode self() {
        return data.has("parent") ? data.path("parent") : data.path("overview");
    }

    /** "transparency.json: transparency (Công khai, minh bạch, CKMB), trang 1/2" */
    String describe() {
        return origin + ": " + endpoint.describe() + (pages > 1 ? ", trang " + page + "/" + pages : "");
    }
}
