package vn.chiso766.portal.fetch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
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
        Map<String, Object> body = period(period);
        body.put("departmentType", "ADMINISTRATIVE_UNIT");
        return body;
    }

    /**
     * One page of a province's answer. handling-satisfaction takes a date range: the period's first
     * day to its last, or to {@code day} (the day of the fetch) while the period runs.
     */
    static Map<String, Object> province(Endpoint endpoint, Period period, LocalDate day, String rootId, int page) {
        Map<String, Object> body = endpoint == Endpoint.SATISFACTION ? dates(period, day) : period(period);
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

    /** "timeType":"month","year":2026,"month":10 | "timeType":"quarter",…,"quarter":3 | "timeType":"year",… */
    private static Map<String, Object> period(Period period) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timeType", period.span().name().toLowerCase(Locale.ROOT));
        body.put("year", period.year());
        switch (period.span()) {
            case MONTH -> body.put("month", period.number());
            case QUARTER -> body.put("quarter", period.number());
            case YEAR -> { }
        }
        return body;
    }

    private static Map<String, Object> dates(Period period, LocalDate day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromDate", period.firstDay().toString());
        body.put("toDate", (day.isBefore(period.lastDay()) ? day : period.lastDay()).toString());
        return body;
    }
}
