package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import vn.chiso766.render.chart.Figure;
import vn.chiso766.render.chart.GroupBar;

/**
 * A chart's Graphics2D outlives its document (it waits for the finalizer thread), so once the
 * document is written it must hold neither openhtmltopdf's laid-out document nor the PDF's pages.
 */
class ChartDrawerTest {
    private static final String XHTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta charset="UTF-8"/><title>Phiếu</title>
            <meta name="subject" content="Phiếu"/><style>body { font-family: 'Liberation Serif'; }</style></head>
            <body><h1>Điểm theo nhóm</h1>
            <object type="application/x-chiso766-chart" name="nhom" alt="Biểu đồ thanh" style="width: 120mm; height: 60mm;"></object>
            </body></html>
            """;

    @Test
    void theChartsGraphicsLetsGoOfTheLaidOutDocumentAndThePdfOnceWritten() throws Exception {
        List<Graphics2D> used = new ArrayList<>();
        Figure profile = PrintCharts.groupProfile("Sở Tư pháp", List.of(new GroupBar("Công khai", 11.0, 18, 12.5),
                new GroupBar("Tiến độ", 17.0, 20, 16.0)), "Trung vị sở, ban, ngành");
        JFreeChart watched = new JFreeChart(null, null, profile.chart().getPlot(), false) {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area) {
                used.add(g2);
                super.draw(g2, area);
            }
        };
        Figure figure = new Figure(watched, profile.width(), profile.height(), profile.title(), profile.description());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfWriter.write(XHTML, LocalDate.of(2026, 10, 31), ChartDrawer.factory(Map.of("nhom", figure)), out);

        try (PDDocument written = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(written);
            assertTrue(text.contains("Công khai") && text.contains("Tiến độ"), "the chart's labels are text: " + text);
        }
        assertEquals(1, used.size());
        Reach reach = new Reach();
        reach.from(used.get(0));
        assertEquals(List.of(), reach.forbidden, "reachable from the chart's Graphics2D");
        assertTrue(reach.seen > 100, "the walk went through the chart's objects: " + reach.seen);
    }

    /**
     * What an object strongly reaches: fields (outside the JDK), collections, arrays, and PDF
     * objects through their own API. Forbidden: openhtmltopdf's objects (the laid-out document
     * behind them) and page dictionaries (the PDF's pages, structure tree and fonts).
     */
    private static final class Reach {
        final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<String> forbidden = new ArrayList<>();
        int seen;

        void from(Object root) throws IllegalAccessException {
            Deque<Object> todo = new ArrayDeque<>(List.of(root));
            while (!todo.isEmpty() && forbidden.size() < 5) {
                Object next = todo.pop();
                if (visited.add(next)) {
                    seen++;
                    check(next);
                    referents(next).stream().filter(Objects::nonNull).forEach(todo::push);
                }
            }
        }

        private void check(Object object) {
            if (object.getClass().getName().startsWith("com.openhtmltopdf")) {
                forbidden.add(object.getClass().getName());
            }
            if (object instanceof COSDictionary dictionary && COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
                forbidden.add("a page dictionary");
            }
        }

        private static List<Object> referents(Object object) throws IllegalAccessException {
            List<Object> out = new ArrayList<>();
            if (object instanceof COSDictionary dictionary) {
                out.addAll(dictionary.getValues());
            } else if (object instanceof COSArray array) {
                array.forEach(out::add);
            } else if (object instanceof COSObject indirect) {
                out.add(indirect.getObject());
            } else if (object instanceof Collection<?> collection) {
                out.addAll(collection);
            } else if (object instanceof Map<?, ?> map) {
                out.addAll(map.keySet());
                out.addAll(map.values());
            } else if (object instanceof Object[] array) {
                out.addAll(Arrays.asList(array));
            }
            for (Class<?> type = object.getClass(); type != null && !jdk(type); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive() && field.trySetAccessible()) {
                        out.add(field.get(object));
                    }
                }
            }
            return out;
        }

        /** The JDK's own objects: their insides are reached through the collection API above, or hold nothing of ours. */
        private static boolean jdk(Class<?> type) {
            String name = type.getName();
            return type.isArray() || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.")
                    || name.startsWith("jdk.");
        }
    }
}
