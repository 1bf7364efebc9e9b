package vn.chiso766.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** The province's place among the provinces on each snapshot's day, and the sentence An Giang writes. */
class NationalDaysTest {
    @TempDir
    Path tmp;

    @Test
    void eachDaysPlaceIsTheProvincesRankInThatDaysNationalList() throws Exception {
        Path data = TestData.snapshots(tmp);
        Results results = Scorer.score(DataFolder.load(data, LocalDate.of(2026, 12, 3)));
        Period latest = results.latest(Period.Span.YEAR).orElseThrow().period();
        int[] first = place(data.resolve("national/2026/2026-10-01.csv"), "H21");
        int[] second = place(data.resolve("national/2026/2026-10-08.csv"), "H21");
        List<NationalDays.Day> days = NationalDays.of(results, latest, "H21");
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 8)), days.stream().map(NationalDays.Day::day).toList());
        assertEquals(List.of(first[0], second[0]), days.stream().map(NationalDays.Day::rank).toList());
        assertEquals(List.of(first[1], second[1]), days.stream().map(NationalDays.Day::of).toList());
        int moved = first[0] - second[0];
        String move = moved > 0 ? "tăng " + moved + " bậc" : moved < 0 ? "giảm " + -moved + " bậc" : "giữ nguyên vị trí";
        assertEquals(Optional.of("ngày 01/10/2026 tỉnh đứng thứ " + first[0] + "/" + first[1]
                        + "; hiện nay (ngày 08/10/2026) tỉnh đang đứng vị trí thứ " + second[0] + "/" + second[1]
                        + " tỉnh, thành phố với 66,23 điểm, " + move + " so với ngày 01/10/2026"),
                NationalDays.sentence(results, latest, "H21", "tỉnh"));
        SnapshotTrend trend = SnapshotTrends.of(results, latest, "H21");
        assertEquals(second[0] + "/" + second[1], trend.shown().get(0).rank(), "the province's page shows its national place");
        assertEquals(Optional.empty(), NationalDays.sentence(results, results.snapshots(latest).get(0).period().plain(), "H21", "tỉnh"));
    }

    @Test
    void aSentenceNamesTheFirstDayTheMonthsFirstTheDayBeforeAndToday() {
        List<NationalDays.Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 20); !d.isAfter(LocalDate.of(2026, 10, 8)); d = d.plusDays(1)) {
            days.add(new NationalDays.Day(d, 5, 34, Optional.empty()));
        }
        assertEquals(List.of("20/09/2026", "01/10/2026", "07/10/2026", "08/10/2026"),
                NationalDays.named(days).stream().map(d -> PeriodNames.date(d.day())).toList());
        assertEquals(3, NationalDays.named(days.subList(0, 3)).size());
    }

    /** The province's competition rank by total in a national list, and how many provinces have a total. */
    private static int[] place(Path file, String province) throws Exception {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        List<BigDecimal> totals = rows.stream().filter(r -> !r.get("total").isEmpty()).map(r -> new BigDecimal(r.get("total"))).toList();
        BigDecimal own = rows.stream().filter(r -> r.get("province_code").equals(province)).map(r -> new BigDecimal(r.get("total")))
                .findFirst().orElseThrow();
        return new int[] {1 + (int) totals.stream().filter(t -> t.compareTo(own) > 0).count(), totals.size()};
    }
}
