package vn.chiso766.render.office;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/** An Office file's date, from the period as the PDFs have it: 08:00 Vietnam time on the notice date. */
final class OfficeDates {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private OfficeDates() {
    }

    static LocalDateTime local(LocalDate date) {
        return date.atTime(8, 0);
    }

    static Date instant(LocalDate date) {
        return Date.from(local(date).atOffset(VIETNAM).toInstant());
    }
}
