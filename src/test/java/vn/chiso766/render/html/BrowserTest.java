package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Pages in a real browser (Debian's headless Chromium, installed by scripts/install-test-tools.sh),
 * opened from disk: sorting the ranking by total and by rank change, filtering by name, and a
 * chart that scrolls sideways on a narrow screen reached and scrolled with the keyboard.
 */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Held so the setting sticks: Selenium warns that it has no DevTools bindings for this Chromium, which we do not use. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    /** The Gia Lai site, built once for every test. */
    private static Path giaLai;

    private ChromeDriver browser;

    @BeforeAll
    static void build(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "run scripts/install-test-tools.sh first");
        giaLai = TestSites.build(TestSites.giaLai(), temp.resolve("gia-lai"));
    }

    @BeforeEach
    void open() {
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--allow-file-access-from-files");
        options.setBinary("/usr/bin/chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sortsTheRankingByTotalAndFiltersByName() throws Exception {
        browser.get(giaLai.resolve("2026-10/xep-hang/so-nganh.html").toUri().toString());
        WebElement total = header("Tổng điểm");
        total.click();
        List<BigDecimal> descending = totals();
        assertTrue(descending.size() >= 3, "the table has rows");
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending, "highest first");
        total.click();
        List<BigDecimal> ascending = totals();
        assertEquals(ascending.stream().sorted().toList(), ascending, "lowest first on the second click");
        assertEquals("ascending", browser.findElement(By.xpath("//th[.//button[contains(., 'Tổng điểm')]]"))
                .getAttribute("aria-sort"));
        saveScreenshot("xep-hang-sap-xep.png");

        WebElement filter = browser.findElement(By.id("loc-don-vi"));
        filter.sendKeys("so y te");
        assertEquals(1, visibleRows().size(), "diacritics-insensitive filter");
        assertTrue(visibleRows().get(0).getText().contains("Sở Y tế"));
    }

    @Test
    void sortsAndFiltersTheProvincesOfTheNationalList(@TempDir Path temp) throws Exception {
        Path site = TestSites.build(TestSites.giaLaiNational(), temp.resolve("site"));
        browser.get(site.resolve("2026-10/xep-hang/cac-tinh.html").toUri().toString());
        browser.findElement(By.xpath("//table[@id='bang-cac-tinh']//th/button[contains(., 'Tổng điểm')]")).click();
        browser.findElement(By.xpath("//table[@id='bang-cac-tinh']//th/button[contains(., 'Tổng điểm')]")).click();
        List<BigDecimal> totals = browser.findElements(By.cssSelector("#bang-cac-tinh tbody td.total")).stream()
                .map(c -> c.getAttribute("data-key")).filter(k -> !k.isEmpty()).map(BigDecimal::new).toList();
        assertEquals(34, totals.size());
        assertEquals(totals.stream().sorted().toList(), totals, "lowest first on the second click");
        browser.findElement(By.id("loc-tinh")).sendKeys("gia lai");
        List<WebElement> rows = browser.findElements(By.cssSelector("#bang-cac-tinh tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(1, rows.size(), "diacritics-insensitive filter");
        assertEquals("true", rows.get(0).getAttribute("aria-current"), "the province itself is marked");
        saveScreenshot("cac-tinh-loc.png");
    }

    @Test
    void sortsByRankChangeRisenFirstAndUnitsWithoutChangeLast(@TempDir Path temp) throws Exception {
        browser.get(giaLai.resolve("2026-10/xep-hang/so-nganh.html").toUri().toString());
        WebElement change = header("Thay đổi hạng");
        change.click();
        assertEquals(List.of("▲ 1", "▲ 1", "▲ 1"), cellTexts().subList(0, 3), "risen first, text as printed");
        assertSortedThenEmpty(rankChanges(), Comparator.reverseOrder());
        change.click();
        assertSortedThenEmpty(rankChanges(), Comparator.naturalOrder());

        // An agency without a rank this period has no change: last in both directions.
        Path province = TestSites.build(TestSites.province(temp.resolve("p")), temp.resolve("p-site"));
        browser.get(province.resolve("2026-10/xep-hang/so-nganh.html").toUri().toString());
        header("Thay đổi hạng").click();
        header("Thay đổi hạng").click();
        List<String> ascending = rankChanges();
        assertTrue(ascending.contains("") && ascending.stream().anyMatch(k -> !k.isEmpty()), "both kinds of row: " + ascending);
        assertSortedThenEmpty(ascending, Comparator.naturalOrder());
    }

    @Test
    void aChartThatScrollsSidewaysIsReachedAndScrolledWithTheKeyboard() throws Exception {
        browser.manage().window().setSize(new Dimension(400, 900));
        browser.get(giaLai.resolve("2026-10/don-vi/h21-17.html").toUri().toString());
        WebElement scroller = browser.findElement(By.cssSelector("figure.chart .chart-scroll"));
        assertTrue(number("return arguments[0].scrollWidth - arguments[0].clientWidth", scroller) > 0, "scrolls at 400 px");
        assertEquals(0, number("return arguments[0].scrollWidth - arguments[0].clientWidth",
                browser.findElement(By.tagName("html"))), "only the charts and tables scroll, not the page");
        WebElement focused = null;
        for (int tab = 0; tab < 200 && !scroller.equals(focused); tab++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
        }
        assertEquals(scroller, focused, "Tab reaches the chart");
        assertTrue(scroller.getAttribute("aria-label").startsWith("Biểu đồ: Sáu nhóm tiêu chí · "));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertTrue(scrolledWithin(scroller, 2000), "arrow keys scroll it");
        saveScreenshot("don-vi-bieu-do-400px.png");
    }

    /** Keyboard scrolling is smooth: it moves over a few frames. */
    private boolean scrolledWithin(WebElement element, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (number("return arguments[0].scrollLeft", element) == 0 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        return number("return arguments[0].scrollLeft", element) > 0;
    }

    private long number(String script, WebElement element) {
        return ((Number) browser.executeScript(script, element)).longValue();
    }

    /** The rank change column's sort keys top to bottom: every number in the given order, then every "". */
    private static void assertSortedThenEmpty(List<String> keys, Comparator<Integer> order) {
        int firstEmpty = keys.indexOf("");
        List<String> filled = firstEmpty < 0 ? keys : keys.subList(0, firstEmpty);
        assertTrue(keys.subList(filled.size(), keys.size()).stream().allMatch(String::isEmpty),
                "units without a change last: " + keys);
        List<Integer> numbers = filled.stream().map(Integer::valueOf).toList();
        assertEquals(numbers.stream().sorted(order).toList(), numbers, "sorted: " + keys);
    }

    private List<String> rankChanges() {
        return rankChangeCells().stream().map(c -> c.getAttribute("data-key")).toList();
    }

    private List<String> cellTexts() {
        return rankChangeCells().stream().map(c -> c.findElement(By.cssSelector("[aria-hidden]")).getText()).toList();
    }

    private List<WebElement> rankChangeCells() {
        int column = browser.findElements(By.xpath("//table[@id='bang-xep-hang']/thead/tr/th[.//button[contains(., "
                + "'Thay đổi hạng')]]/preceding-sibling::th")).size();
        return browser.findElements(By.cssSelector("#bang-xep-hang tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("td, th")).get(column)).toList();
    }

    private WebElement header(String text) {
        return browser.findElement(By.xpath("//table[@id='bang-xep-hang']//th/button[contains(., '" + text + "')]"));
    }

    private List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("#bang-xep-hang tbody tr")).stream().filter(WebElement::isDisplayed)
                .toList();
    }

    /** The total column's sort keys, top to bottom; units without a total are left out. */
    private List<BigDecimal> totals() {
        List<BigDecimal> totals = new ArrayList<>();
        for (WebElement cell : browser.findElements(By.cssSelector("#bang-xep-hang tbody td.total"))) {
            String key = cell.getAttribute("data-key");
            if (!key.isEmpty()) {
                totals.add(new BigDecimal(key));
            }
        }
        return totals;
    }

    private void saveScreenshot(String name) throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
