package vn.chiso766.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"X\"";
    private static final List<String> BANDS = List.of("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");

    static Figure ranking() {
        return Charts.rankingBars("Tổng điểm", List.of(new RankingBar("Sở Tư pháp", 82.5, 1),
                new RankingBar(HOSTILE, 65.54, 3), new RankingBar("Sở Y tế", 41.2, 4)), BANDS, 100);
    }

    @Test
    void sameDataGivesSameBytes() {
        assertEquals(SvgChart.svg(ranking(), "xep-hang"), SvgChart.svg(ranking(), "xep-hang"));
        Figure heat = Charts.heatMap("Nhiệt", List.of("CKMB", "TDGQ"),
                List.of(new HeatRow("Sở Tư pháp", Arrays.asList(88.0, null)), new HeatRow("Sở Y tế", List.of(12.0, 61.0))));
        assertEquals(SvgChart.svg(heat, "nhiet"), SvgChart.svg(Charts.heatMap("Nhiệt", List.of("CKMB", "TDGQ"),
                List.of(new HeatRow("Sở Tư pháp", Arrays.asList(88.0, null)), new HeatRow("Sở Y tế", List.of(12.0, 61.0)))),
                "nhiet"));
    }

    @Test
    void textIsEscapedVietnameseAndAccessible() throws IOException {
        String svg = SvgChart.svg(ranking(), "xep-hang");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ranking-chart.svg"), svg);
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"));
        assertTrue(svg.contains("Sở Tư pháp"));
        assertTrue(svg.contains("65,54"), "Vietnamese decimal comma in labels");
        assertTrue(svg.contains("viewBox='0 0 760 ") && !svg.contains("jfreesvg"));
        assertTrue(svg.contains("<title id=\"xep-hang-title\">Tổng điểm</title>"));
        assertTrue(svg.contains("Be Vietnam Pro"));
        assertFalse(svg.matches("(?s).*id=\"(?!xep-hang)[^\"]*\".*"), "every id carries the chart's prefix");
    }

    @Test
    void profileAndTrendDraw() {
        Figure profile = Charts.groupProfile("Sáu nhóm", List.of(new GroupBar("Công khai, minh bạch", 12.5, 18, 14.0),
                new GroupBar("Số hóa hồ sơ", null, 22, null)), "Trung vị sở, ban, ngành");
        String svg = SvgChart.svg(profile, "nhom");
        assertTrue(svg.contains("Công khai, minh bạch") && svg.contains("12,50"), svg);
        Figure trend = Charts.trend("Xu hướng", List.of(new TrendPoint("09/2026", 60.0, 3),
                new TrendPoint("10/2026", null, null), new TrendPoint("11/2026", 70.25, 1)), 100);
        assertTrue(SvgChart.svg(trend, "xu-huong").contains("70,25"));
    }

    @Test
    void coordinatesAreShortAndExact() {
        assertEquals("272", SvgChart.number(272.0));
        assertEquals("20", SvgChart.number(20.000083923339844));
        assertEquals("211.85", SvgChart.number(211.84999999999997));
        assertEquals("0.5", SvgChart.number(0.5));
        assertEquals("3.05", SvgChart.number(3.05));
        assertEquals("-1.2", SvgChart.number(-1.2));
        assertEquals("0", SvgChart.number(-0.001));
    }

    @Test
    void aYearOfDailySnapshotsDrawsOnATimeAxisTheSameEveryTime() {
        java.util.List<SnapshotPoint> days = new java.util.ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        for (int n = 0; n < 300; n++, day = day.plusDays(1)) {
            days.add(new SnapshotPoint(day.toString(), 60.0 + n % 9, 1 + n % 5));
        }
        Figure figure = SnapshotChart.figure("Theo ngày · Sở A", days, 100);
        String svg = SvgChart.svg(figure, "theo-ngay");
        assertEquals(svg, SvgChart.svg(SnapshotChart.figure("Theo ngày · Sở A", days, 100), "theo-ngay"));
        assertTrue(figure.description().contains("300 ngày lấy số liệu, từ 01/01/2026 đến 27/10/2026"), figure.description());
        assertTrue(svg.contains(">01/01/2026<") || svg.contains(">01/02/2026<"), "day labels on the time axis");
    }
}
