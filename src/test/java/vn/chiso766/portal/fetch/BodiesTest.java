package vn.chiso766.portal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Endpoint;

class BodiesTest {
    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    @Test
    void handlingSatisfactionCoversTheWholeMonthLeapDayIncluded() {
        assertEquals("{fromDate=2028-02-01, toDate=2028-02-29, rootDepartmentId=r, currentPage=3, pageSize=200}",
                Bodies.province(Endpoint.SATISFACTION, Period.of(2028, 2), LATER, "r", 3).toString());
    }

    @Test
    void otherEndpointsTakeTheMonth() {
        assertEquals("{timeType=month, year=2026, month=12, rootDepartmentId=r, currentPage=1, pageSize=200}",
                Bodies.province(Endpoint.DIGITIZED, Period.of(2026, 12), LATER, "r", 1).toString());
    }

    @Test
    void aQuarterAndAYearAreAskedForByTheirOwnTimeType() {
        assertEquals("{timeType=quarter, year=2026, quarter=3, departmentType=ADMINISTRATIVE_UNIT}",
                Bodies.national(Period.quarter(2026, 3)).toString());
        assertEquals("{timeType=year, year=2026, rootDepartmentId=r, currentPage=1, pageSize=200}",
                Bodies.province(Endpoint.PROGRESS, Period.year(2026), LATER, "r", 1).toString());
        assertEquals("{fromDate=2026-07-01, toDate=2026-09-30, rootDepartmentId=r, currentPage=1, pageSize=200}",
                Bodies.province(Endpoint.SATISFACTION, Period.quarter(2026, 3), LATER, "r", 1).toString());
    }

    @Test
    void aRunningPeriodsSatisfactionEndsOnTheDayOfTheFetch() {
        assertEquals("{fromDate=2026-01-01, toDate=2026-10-10, rootDepartmentId=r, currentPage=1, pageSize=200}",
                Bodies.province(Endpoint.SATISFACTION, Period.year(2026), LocalDate.of(2026, 10, 10), "r", 1)
                        .toString());
    }
}
