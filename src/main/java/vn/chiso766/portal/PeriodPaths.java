package vn.chiso766.portal;

import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;

/**
 * Where an import writes a period's files (data-format.md, fixed names): the plain file
 * ({@code scores/2026.csv}) or, for figures of a given day, the snapshot ({@code scores/2026/2026-10-10.csv}).
 */
final class PeriodPaths {
    private PeriodPaths() {
    }

    /** "scores/2026-08.csv", "national/2026/2026-10-10.csv", "sources/2026-Q3/2026-08-15.properties". */
    static String of(String folder, Period period, String extension) {
        return folder + "/" + period + period.snapshotDate().map(day -> "/" + day).orElse("") + extension;
    }

    /** The period in messages: "2026-08", or "2026 (ảnh chụp ngày 10/10/2026)". */
    static String label(Period period) {
        return period + period.snapshotDate().map(day -> " (ảnh chụp ngày " + PeriodNames.date(day) + ")").orElse("");
    }
}
