package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    /** The container that scrolls a chart sideways on narrow screens: in the tab order, named for screen readers. */
    private static final Pattern CHART_REGION = Pattern.compile(
            "<figure class=\"chart\">\\s*<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Biểu đồ: [^\"]+\"><svg ");

    @TempDir
    Path temp;

    @Test
    void everyPageIsValidHtmlAndItsChartsAreReachedByKeyboard() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<String> invalid = new ArrayList<>();
        int charts = 0;
        for (Path data : List.of(TestSites.province(temp.resolve("p")), TestSites.national(temp.resolve("n")),
                TestSites.giaLai(), TestSites.giaLaiNational())) {
            Path site = TestSites.build(data, temp.resolve("site-" + data.getFileName()));
            for (Path page : TestSites.pages(site)) {
                List<String> errors = checker.errors(page);
                if (!errors.isEmpty()) {
                    invalid.add(site.relativize(page) + ": " + errors);
                }
                String html = Files.readString(page);
                int regions = count(CHART_REGION, html);
                if (regions != count(Pattern.compile("<svg "), html) || regions != count(Pattern.compile("<figure class=\"chart\">"), html)) {
                    invalid.add(site.relativize(page) + ": a chart outside a focusable, named scroll region");
                }
                charts += regions;
            }
        }
        assertEquals(List.of(), invalid);
        assertTrue(charts > 50, "charts checked: " + charts);
    }

    @Test
    void aPeriodWithSnapshotsShowsEachUnitOnEveryDayInValidPages() throws Exception {
        Path site = TestSites.build(vn.chiso766.TestData.snapshots(temp.resolve("s")), temp.resolve("site-s"));
        HtmlChecker checker = new HtmlChecker();
        List<String> invalid = new ArrayList<>();
        for (Path page : TestSites.pages(site)) {
            checker.errors(page).forEach(e -> invalid.add(site.relativize(page) + ": " + e));
        }
        assertEquals(List.of(), invalid);
        String unit = Files.readString(site.resolve("2026/don-vi/h21-06.html"));
        assertTrue(unit.contains("Diễn biến theo ngày lấy số liệu") && unit.contains("<th scope=\"row\">08/10/2026</th>")
                && unit.contains("<th scope=\"row\">01/10/2026</th>") && unit.contains("id=\"theo-ngay-title\""), "the unit on each day");
        assertEquals(count(CHART_REGION, unit), count(Pattern.compile("<svg "), unit));
        assertTrue(Files.readString(site.resolve("2026/index.html")).contains("Số liệu ngày 08/10/2026 so với ngày 01/10/2026"),
                "the overview names who moved since the previous day");
    }

    private static int count(Pattern pattern, String html) {
        return (int) pattern.matcher(html).results().count();
    }

    @Test
    void everyPageKindIsPublished() throws Exception {
        Path site = TestSites.build(TestSites.province(temp.resolve("p")), temp.resolve("site"));
        for (String page : List.of("index.html", "luu-tru.html", "2026-10/index.html", "2026-09/index.html",
                "2026-10/xep-hang/so-nganh.html", "2026-10/xep-hang/xa-phuong.html", "2026-10/don-vi/p1-01.html",
                "2026-10/chat-luong-du-lieu.html", "2026-10/ke-hoach.html", "don-vi/p1-01.html", "assets/site.css", "assets/site.js",
                "assets/fonts/BeVietnamPro-Regular.ttf", "assets/fonts/OFL.txt", "2026-10/ket-qua.csv")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        assertFalse(Files.exists(site.resolve("2026-10/xep-hang/tinh.html")), "one province is not ranked alone");
        assertTrue(Files.readString(site.resolve("2026-10/don-vi/p1-01.html")).contains("href=\"../../2026-10/pdf/p1-01.pdf\""));
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"2026-10/thong-bao-2026-10.pdf\""));
        assertTrue(Files.readString(site.resolve("2026-10/xep-hang/so-nganh.html")).contains("<a href=\"../../2026-10/ke-hoach.html\">"
                + "Kế hoạch khắc phục</a>"), "the plan is in the period's navigation");
    }

    @Test
    void thePortalsNationalListIsRankedOnItsOwnPageAndQuotedWhereTheProvinceStands() throws Exception {
        Path site = TestSites.build(TestSites.giaLaiNational(), temp.resolve("site"));
        String page = Files.readString(site.resolve("2026-10/xep-hang/cac-tinh.html"));
        String list = page.substring(page.indexOf("<tbody>"));
        assertEquals(34, count(Pattern.compile("<tr( aria-current=\"true\")?>\\s*<td class=\"num\" data-key"), list));
        assertTrue(list.contains("<tr aria-current=\"true\">\n      <td class=\"num\" data-key=\"4\">4</td>\n      <th scope=\"row\">"
                + "<mark><strong><a href=\"../../2026-10/don-vi/h21.html\">UBND tỉnh Gia Lai</a></strong></mark></th>\n      <td>H21</td>"),
                "Gia Lai 4th, highlighted");
        assertTrue(list.indexOf("UBND tỉnh Đồng Tháp") < list.indexOf("UBND tỉnh Gia Lai"), "ranked by total");
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains("Số liệu lấy từ Cổng Dịch vụ công quốc gia lúc 08:15 ngày 05/11/2026."));
        assertTrue(home.contains("Tỉnh đứng thứ 4/34 tỉnh, thành phố, tăng 9 bậc so với tháng trước."));
        assertTrue(Files.readString(site.resolve("2026-09/index.html")).contains("(service-results-2026-09.json,"
                + " transparency-2026-09-h21.json) lúc 08:30 ngày 04/10/2026."));
        assertTrue(Files.readString(site.resolve("2026-10/xep-hang/so-nganh.html")).contains("href=\"../../2026-10/xep-hang/cac-tinh.html\""),
                "in the period's navigation");
        String history = Files.readString(site.resolve("don-vi/h21.html"));
        assertTrue(history.contains("<td class=\"num\">4/34</td>") && history.contains("<td class=\"num\">13/33</td>"), "rank per month");
        assertTrue(Files.readString(site.resolve("2026-10/don-vi/h21-17.html")).contains("<br><span class=\"note\">Ghi chú"
                + " của Cổng: chưa có số liệu báo cáo quốc gia (BCQG/GRIS).</span>"));
        assertTrue(Files.readString(site.resolve("2026-10/chat-luong-du-lieu.html")).contains("Ghi chú chất lượng dữ liệu của Cổng"));
        List<String> csv = Files.readAllLines(site.resolve("2026-10/xep-hang-tinh.csv"));
        assertEquals("province_code,province_name,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,total,band,rank,delta_total,delta_rank", csv.get(0));
        assertTrue(csv.contains("H21,UBND tỉnh Gia Lai,11.79,17.17,9.14,7.21,9.62,11.30,66.23,Trung bình,4,3.49,9"), csv.toString());
        assertFalse(Files.exists(TestSites.build(TestSites.giaLai(), temp.resolve("plain")).resolve("2026-10/xep-hang/cac-tinh.html")));
    }

    @Test
    void nationalDataRanksProvincesAndKeepsEachProvinceApart() throws Exception {
        Path site = TestSites.build(TestSites.national(temp.resolve("n")), temp.resolve("site"));
        String provinces = Files.readString(site.resolve("2026-10/xep-hang/tinh.html"));
        assertTrue(provinces.indexOf("UBND tỉnh Bình") < provinces.indexOf("UBND tỉnh An"), "Bình scores higher");
        String agenciesOfB = Files.readString(site.resolve("2026-10/xep-hang/so-nganh-b.html"));
        assertTrue(agenciesOfB.contains("Sở Nội vụ") && !agenciesOfB.contains("Sở Y tế"));
        assertTrue(Files.exists(site.resolve("2026-10/xep-hang/so-nganh-a.html")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"2026-10/tom-tat-2026-10-b.pdf\""));
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"2026-10/ke-hoach-b.html\""),
                "national data links each province's plan beside its documents");
        assertTrue(Files.readString(site.resolve("2026-10/ke-hoach-b.html")).contains("<p class=\"lead\">UBND tỉnh Bình:"));
    }

    @Test
    void everyInternalLinkResolvesAndNothingIsFetchedFromOutside() throws Exception {
        List<String> broken = new ArrayList<>();
        Path province = TestSites.province(temp.resolve("p"));
        Path recent = TestSites.build(province, temp.resolve("site-recent"), 1);
        for (Path data : List.of(province, TestSites.national(temp.resolve("n")))) {
            Path site = TestSites.build(data, temp.resolve("site-" + data.getFileName()));
            for (Path page : TestSites.pages(site)) {
                checkLinks(site, page, broken);
            }
        }
        for (Path page : TestSites.pages(recent)) {
            checkLinks(recent, page, broken);
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void recentPublishesOlderPeriodsAsOpenDataOnly() throws Exception {
        Path site = TestSites.build(TestSites.province(temp.resolve("p")), temp.resolve("site"), 1);
        assertTrue(Files.exists(site.resolve("2026-10/index.html")));
        assertTrue(Files.exists(site.resolve("2026-09/ket-qua.csv")));
        assertFalse(Files.exists(site.resolve("2026-09/index.html")));
        assertFalse(Files.exists(site.resolve("2026-09/thong-bao-2026-09.pdf")));
        assertTrue(Files.readString(site.resolve("luu-tru.html")).contains("Kỳ 09/2026"));
    }

    /** Adds every link of a page that does not lead to a file of the site. */
    private static void checkLinks(Path site, Path page, List<String> broken) throws java.io.IOException {
        Matcher links = LINK.matcher(Files.readString(page));
        while (links.find()) {
            String href = links.group(1).replaceAll("#.*$", "");
            if (href.isEmpty() && links.group(1).startsWith("#")) {
                continue;
            }
            if (href.isEmpty() || href.contains(":") || href.startsWith("/")
                    || !Files.isRegularFile(page.getParent().resolve(href).normalize())) {
                broken.add(site.relativize(page) + " → " + links.group(1));
            }
        }
    }

    @Test
    void aHostileUnitNameIsTextEverywhereNeverMarkup() throws Exception {
        Path site = TestSites.build(TestSites.province(temp.resolve("p")), temp.resolve("site"));
        int pagesNamingIt = 0;
        for (Path page : TestSites.pages(site)) {
            String html = Files.readString(page);
            assertFalse(html.contains("<script>alert"), page.toString());
            assertEquals(1, html.split("<script", -1).length - 1, "only the site's own script: " + page);
            if (html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")) {
                pagesNamingIt++;
            }
        }
        assertTrue(pagesNamingIt >= 8, "the unit appears escaped on its pages, rankings and overviews: " + pagesNamingIt);
        String chart = Files.readString(site.resolve("2026-10/xep-hang/so-nganh.html"));
        assertTrue(chart.contains("<text") && chart.matches("(?s).*<text[^>]*>&lt;script&gt;.*"), "escaped in the SVG too");
    }

    @Test
    void aUnitWithoutDataShowsNoDataNeverZero() throws Exception {
        Path site = TestSites.build(TestSites.province(temp.resolve("p")), temp.resolve("site"));
        String card = Files.readString(site.resolve("2026-10/don-vi/p1-103.html"));
        assertTrue(card.contains("chưa có dữ liệu"));
        assertFalse(card.contains(">0,00<"), "no zero stands in for missing data");
        String ranking = Files.readString(site.resolve("2026-10/xep-hang/so-nganh.html"));
        assertTrue(ranking.contains("Sở Y tế") && ranking.contains("chưa có dữ liệu"), "incomplete agency listed, unranked");
    }
}
