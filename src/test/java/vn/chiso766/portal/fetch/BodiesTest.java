package vn.chiso766.portal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Endpoint;

class BodiesTest {
    @Test
    void handlingSatisfactionCoversTheWholeMonthLeapDayIncluded() {
        assertEquals("{fromDate=2028-02-01, toDate=2028-02-29, rootDepartmentId=r, currentPage=3, pageSize=200}",
                Bodies.province(Endpoint.SATISFACTION, Period.of(2028, 2), "r", 3).toString());
    }

    @Test
    void otherEndpointsTakeTheMonth() {
        assertEquals("{timeType=month, year=2026, month=12, rootDepartmentId=r, currentPage=1, pageSize=200}",
                Bodies.province(Endpoint.DIGITIZED, Period.of(2026, 12), "r", 1).toString());
    }
}
