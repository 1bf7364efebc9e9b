package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;

/** The printed card's groups chart drops the maximum bars, with or without the medians of the unit's kind. */
class PrintChartsTest {

    @Test
    void printedProfileKeepsThePointsAndTheMediansWhereThereAreAny() {
        Figure withMedians = PrintCharts.groupProfile("Sở Tư pháp", List.of(new GroupBar("Công khai", 11.0, 18, 12.5),
                new GroupBar("Tiến độ", 17.0, 20, 16.0)), "Trung vị sở, ban, ngành");
        assertEquals(List.of("Điểm đạt", "Trung vị sở, ban, ngành"),
                withMedians.chart().getCategoryPlot().getDataset().getRowKeys());
        Figure alone = PrintCharts.groupProfile("UBND tỉnh Thử", List.of(new GroupBar("Công khai", null, 18, null),
                new GroupBar("Tiến độ", null, 20, null)), "Trung vị tỉnh");
        assertEquals(List.of("Điểm đạt"), alone.chart().getCategoryPlot().getDataset().getRowKeys());
        assertEquals("Biểu đồ thanh: điểm đạt của sáu nhóm tiêu chí.", alone.description());
    }
}
