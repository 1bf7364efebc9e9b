package vn.chiso766.portal.fetch;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Endpoint;

/** The JSON bodies the portal's own pages send, field for field (order kept for the saved requests). */
final class Bodies {
    static final int PAGE_SIZE = 200;

    private Bodies() {
    }

    /** The national list: every province with its group scores. */
    static Map<String, Object> national(Period period) {
        Map<String, Object> body = month(period);
        body.put("departmentType", "ADMINISTRATIVE_UNIT");
        return body;
    }

    /** One page of a province's answer; handling-satisfaction takes the month as a date range. */
    static Map<String, Object> province(Endpoint endpoint, Period period, String rootId, int page) {
        Map<String, Object> body = endpoint == Endpoint.SATISFACTION ? dates(period) : month(period);
        body.put("rootDepartmentId", rootId);
        return paged(body, page);
    }

    /** The same body asking for another page. */
    static Map<String, Object> paged(Map<String, Object> body, int page) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("currentPage", page);
        copy.put("pageSize", PAGE_SIZE);
        return copy;
    }

    private static Map<String, Object> month(Period period) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timeType", "month");
        body.put("year", period.year());
        body.put("month", period.number());
        return body;
    }

    private static Map<String, Object> dates(Period period) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromDate", period.firstDay().toString());
        body.put("toDate", period.lastDay().toString());
        return body;
    }
}
