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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A ranking page in a real browser (Debian's headless Chromium, installed by
 * scripts/install-test-tools.sh), opened from disk: sorting by total and filtering by name.
 */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Held so the setting sticks: Selenium warns that it has no DevTools bindings for this Chromium, which we do not use. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "run scripts/install-test-tools.sh first");
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
    void sortsTheRankingByTotalAndFiltersByName(@TempDir Path temp) throws Exception {
        Path site = TestSites.build(TestSites.giaLai(), temp.resolve("site"));
        browser.get(site.resolve("2026-10/xep-hang/so-nganh.html").toUri().toString());
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
