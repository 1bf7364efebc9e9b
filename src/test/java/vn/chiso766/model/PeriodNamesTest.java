package vn.chiso766.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How each kind of period is written for readers, final or provisional. */
class PeriodNamesTest {
    @Test
    void eachKindHasItsVietnameseName() {
        assertEquals("tháng 09/2026", PeriodNames.month(Period.month(2026, 9)));
        assertEquals("quý III/2026", PeriodNames.month(Period.quarter(2026, 3)));
        assertEquals("năm 2026", PeriodNames.month(Period.year(2026)));
        assertEquals("III/2026", PeriodNames.monthShort(Period.quarter(2026, 3)));
    }

    @Test
    void provisionalTitlesSayTheDay() {
        Period year = Period.year(2026).at(LocalDate.of(2026, 10, 10));
        assertEquals("năm 2026 (tính đến ngày 10/10/2026)", PeriodNames.title(year));
        assertEquals("6 tháng đầu năm 2026 (tính đến ngày 30/06/2026)",
                PeriodNames.title(Period.year(2026).at(LocalDate.of(2026, 6, 30))));
        assertEquals("Số liệu tạm tính đến ngày 10/10/2026", PeriodNames.provisional(year));
        assertEquals("", PeriodNames.provisional(Period.year(2025).at(LocalDate.of(2026, 1, 3))), "taken after the year ended");
    }

    @Test
    void officialTitlesWriteTheQuarterInWordsAndLeaveTheDateAlone() {
        assertEquals("quý III năm 2026", PeriodNames.formal(Period.quarter(2026, 3)));
        assertEquals("quý III năm 2026 (tính đến ngày 10/08/2026)",
                PeriodNames.formal(Period.quarter(2026, 3).at(LocalDate.of(2026, 8, 10))));
        assertEquals("tháng 09/2026", PeriodNames.formal(Period.month(2026, 9)));
    }
}
