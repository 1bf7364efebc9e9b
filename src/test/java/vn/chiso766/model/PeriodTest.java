package vn.chiso766.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Periods: their three written forms, their days, their series and their order. */
class PeriodTest {
    @Test
    void theThreeFormsParseAndPrintAsWritten() {
        for (String name : List.of("2026-10", "2026-01", "2026-Q1", "2026-Q4", "2026")) {
            assertEquals(name, Period.parse(name).orElseThrow().toString());
        }
        assertEquals(Period.Span.QUARTER, Period.parse("2026-Q3").orElseThrow().span());
        assertEquals(Period.Span.YEAR, Period.parse("2026").orElseThrow().span());
    }

    @Test
    void otherTextIsNoPeriod() {
        for (String text : List.of("2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-q3", "26", "2026-1", "2026-10-05",
                "thang-10", "", " 2026")) {
            assertEquals(Optional.empty(), Period.parse(text), text);
        }
    }

    @Test
    void daysOfEachKind() {
        Period q3 = Period.quarter(2026, 3);
        assertEquals(LocalDate.of(2026, 7, 1), q3.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).lastDay());
        assertEquals(LocalDate.of(2026, 12, 31), Period.year(2026).lastDay());
        assertEquals(Period.quarter(2026, 3), Period.containing(Period.Span.QUARTER, LocalDate.of(2026, 8, 15)));
    }

    @Test
    void eachKindIsItsOwnSeries() {
        assertEquals(Period.quarter(2025, 4), Period.quarter(2026, 1).previous());
        assertEquals(Period.year(2025), Period.year(2026).previous());
        assertEquals(Period.month(2025, 12), Period.month(2026, 1).previous());
        assertEquals(Period.quarter(2027, 1), Period.quarter(2026, 4).next());
    }

    @Test
    void aSnapshotIsProvisionalUntilThePeriodEnds() {
        Period year = Period.year(2026);
        assertTrue(year.at(LocalDate.of(2026, 10, 10)).provisional());
        assertTrue(year.at(LocalDate.of(2026, 12, 31)).provisional());
        assertFalse(year.at(LocalDate.of(2027, 1, 2)).provisional(), "taken after the year ended");
        assertFalse(year.provisional(), "a plain file is final");
        assertEquals(year, year.at(LocalDate.of(2026, 10, 10)).plain());
        assertEquals("2026", year.at(LocalDate.of(2026, 10, 10)).toString(), "the name never carries the date");
        assertEquals(LocalDate.of(2026, 10, 10), year.at(LocalDate.of(2026, 10, 10)).asOf());
    }

    @Test
    void orderIsByLastDayThenShorterFirstThenSnapshotsThenThePlainFile() {
        Period sep = Period.month(2026, 9);
        Period q3 = Period.quarter(2026, 3);
        Period year = Period.year(2026);
        Period early = year.at(LocalDate.of(2026, 10, 5));
        Period late = year.at(LocalDate.of(2026, 10, 10));
        List<Period> shuffled = new ArrayList<>(List.of(year, late, q3, early, sep));
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertEquals(List.of(sep, q3, early, late, year), shuffled);
    }

    @Test
    void boundsOverlapByMonths() {
        assertTrue(Period.quarter(2026, 3).overlaps(Period.month(2026, 9)));
        assertFalse(Period.quarter(2026, 3).overlaps(Period.month(2026, 10)));
        assertTrue(Period.year(2026).overlaps(Period.quarter(2026, 2)));
    }
}
