package vn.chiso766.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a build's CPU went, by step of the PDF engine: reads the collapsed stacks a sampling
 * profiler wrote (async-profiler's {@code collapsed,threads} output: one line per stack, thread
 * first, frames root to leaf, then the number of samples) and adds them up by the first
 * category whose marker the stack holds. The order of the categories matters: font subsetting
 * happens inside the save, so it is tested first.
 */
public final class ProfileBreakdown {
    private record Category(String label, List<String> markers) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("phông chữ: cắt tập con và nén (PDFBox)", List.of("TrueTypeEmbedder.subset")),
            new Category("phông chữ: nạp, phân tích", List.of("PDType0Font.load", "TTFParser", "PdfFonts.")),
            new Category("cây cấu trúc PDF/UA", List.of("PdfBoxAccessibilityHelper", "PDStructure")),
            new Category("siêu dữ liệu XMP", List.of("xmpbox", "XmpDates")),
            new Category("hồ sơ màu ICC", List.of("ICC_Profile", "OutputIntent")),
            new Category("ghi PDF: luồng đối tượng, bảng xref", List.of("COSWriter")),
            new Category("nén nội dung trang (PageContents)", List.of("PageContents", "PropertyLists")),
            new Category("biểu đồ (JFreeChart: SVG, PDF)", List.of("JFreeChart.draw", "ChartDrawer", "SvgChart")),
            new Category("mẫu FreeMarker", List.of("freemarker/")),
            new Category("phân tích XHTML", List.of("XMLResource", "W3CDom", "DocumentBuilder", "xerces")),
            new Category("phân tích CSS", List.of("CSSParser", "StylesheetFactory")),
            new Category("áp kiểu CSS", List.of("StyleReference", "newmatch/Matcher", "CalculatedStyle")),
            new Category("vẽ trang", List.of("DisplayListPainter", "PdfBoxFastOutputDevice", "PDPageContentStream")),
            new Category("dàn trang", List.of("layout", "Boxing", "BoxBuilder", "Breaker")),
            new Category("Excel, Word (Apache POI)", List.of("org/apache/poi")),
            new Category("dấu vân tay tài liệu", List.of("Fingerprint", "jackson")),
            new Category("đọc số liệu, tính điểm", List.of("vn/chiso766/load", "vn/chiso766/score")));

    private ProfileBreakdown() {
    }

    /** Samples per line of the report, in the order of first appearance of each thread group. */
    static Map<String, Map<String, Long>> of(List<String> lines) {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0 || line.isBlank()) {
                continue;
            }
            String stack = line.substring(0, space);
            long samples = Long.parseLong(line.substring(space + 1).trim());
            String thread = stack.substring(0, Math.max(0, stack.indexOf(';')));
            String group = group(thread);
            String category = group.startsWith("luồng dựng") || group.startsWith("luồng chính") ? category(stack) : group;
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(category, samples, Long::sum);
        }
        return groups;
    }

    static String group(String thread) {
        if (thread.contains("render") || thread.contains("warmup")) {
            return "luồng dựng tài liệu";
        }
        if (thread.contains("Compiler")) {
            return "trình biên dịch JIT";
        }
        if (thread.contains("GC Thread") || thread.contains("VM Thread")) {
            return "thu gom rác";
        }
        return thread.contains("[main") ? "luồng chính" : "luồng khác của JVM";
    }

    static String category(String stack) {
        for (Category category : CATEGORIES) {
            for (String marker : category.markers()) {
                if (stack.contains(marker)) {
                    return category.label();
                }
            }
        }
        return "khác";
    }

    /** Prints the breakdown of {@code file}, sampled every {@code intervalMillis}. */
    public static void print(Path file, double intervalMillis, PrintWriter out) throws IOException {
        Map<String, Map<String, Long>> groups = of(Files.readAllLines(file, StandardCharsets.UTF_8));
        long total = groups.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        out.printf("Thời gian CPU theo mẫu của %s: %s (%d mẫu, mỗi %s)%n", file.getFileName(),
                seconds(total, intervalMillis), total, Stats.millis((long) (intervalMillis * 1e6)));
        groups.forEach((group, categories) -> {
            long sum = categories.values().stream().mapToLong(Long::longValue).sum();
            out.printf("  %s: %s (%s)%n", group, seconds(sum, intervalMillis), percent(sum, total));
            if (categories.size() > 1) {
                categories.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> out.printf("    %-40s %9s %6s%n", e.getKey(), seconds(e.getValue(), intervalMillis),
                                percent(e.getValue(), total)));
            }
        });
        out.flush();
    }

    private static String seconds(long samples, double intervalMillis) {
        return Stats.seconds((long) (samples * intervalMillis * 1e6));
    }

    private static String percent(long part, long whole) {
        return String.format("%.1f %%", 100.0 * part / whole).replace('.', ',');
    }
}
