package io.github.consultation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.consultation.store.FeedbackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample application in Debian's Chromium, with Spring Security's CSRF check on: the form
 * sent as JSON with its token as a header (scripts on), posted plainly (scripts off), refused and
 * shown again with its errors, and axe's WCAG 2.2 AA rules on each state.
 */
@Tag("browser")
class SampleBrowserTest {
    /** The page form\'s tab, which names its submissions in the store. */
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();

    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() {
        app = SpringApplication.run(SampleApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "--spring.security.user.password=pw");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ChromeDriver chromium(boolean scripts) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1024,900", "--user-data-dir=" + Files.createTempDirectory("sample-chromium"));
        if (!scripts) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")).toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void waitFor(ChromeDriver driver, java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.apply((ChromeDriver) d));
    }

    private static String focused(ChromeDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement ? document.activeElement.id : ''"));
    }

    private static void fill(ChromeDriver driver, String summary) {
        driver.findElement(By.id("gs-summary")).sendKeys(summary);
        new Select(driver.findElement(By.id("mf-role"))).selectByVisibleText("Local authority leadership");
    }

    private static List<String> violations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
                .analyze(driver);
        // An empty run (scripts off, or axe timed out) must not read as "no violations".
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe ran").isNotEmpty();
        return results.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().get(0).getTarget()).toList();
    }

    private static List<String> consoleErrors(ChromeDriver driver, String... expected) {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> List.of(expected).stream().noneMatch(m::contains)).toList();
    }

    @Test
    void withScriptsOnTheJsonCarriesTheCsrfTokenAndIsKept() throws Exception {
        FeedbackStore store = app.getBean(FeedbackStore.class);
        long before = store.count(PAGE_FORM);
        ChromeDriver driver = chromium(true);
        try {
            driver.get(base + "/pages/");
            assertThat(violations(driver)).isEmpty();
            fill(driver, "Sent by the script with its token");
            driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            waitFor(driver, d -> d.findElement(By.id("gs-ok")).isDisplayed());
            assertThat(focused(driver)).isEqualTo("gs-ok");
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/pages/");
            assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
            assertThat(consoleErrors(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void theQuestionnaireIsSentByTheScriptWithItsTokenAndPassesAxe() throws Exception {
        FeedbackStore store = app.getBean(FeedbackStore.class);
        long before = store.count("MainFeedback");
        ChromeDriver driver = chromium(true);
        try {
            driver.get(base + "/pages/questions");
            assertThat(violations(driver)).isEmpty();
            new Select(driver.findElement(By.id("mf-role"))).selectByVisibleText("Data and digital consultant");
            driver.findElement(By.cssSelector("label[for='use-improving-data-quality-5']")).click();
            driver.findElement(By.cssSelector("#main-form button[type=submit]")).click();
            waitFor(driver, d -> d.findElement(By.id("mf-ok")).isDisplayed());
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/pages/questions");
            assertThat(store.count("MainFeedback")).isEqualTo(before + 1);
            assertThat(consoleErrors(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void withScriptsOnARefusalFallsBackToThePlainPostAndItsErrors() throws Exception {
        ChromeDriver driver = chromium(true);
        try {
            driver.get(base + "/pages/governance");
            fill(driver, "    abcd");
            driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            waitFor(driver, d -> d.getTitle().startsWith("Error: "));
            waitFor(driver, d -> focused(d).equals("gs-error-summary"));
            assertThat(driver.findElement(By.id("gs-summary-error")).getText()).contains("Summary must be 5 characters or more");
            assertThat(violations(driver)).isEmpty();
            assertThat(consoleErrors(driver, "status of 422")).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void withScriptsOffThePlainPostIsKeptOrShownAgainWithItsErrors() throws Exception {
        FeedbackStore store = app.getBean(FeedbackStore.class);
        ChromeDriver driver = chromium(false);
        try {
            driver.get(base + "/pages/");
            fill(driver, "    abcd");
            driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            waitFor(driver, d -> d.getTitle().startsWith("Error: "));
            assertThat(focused(driver)).as("the fragment takes focus to the summary, scripts or none").isEqualTo("gs-error-summary");
            long before = store.count(PAGE_FORM);
            driver.findElement(By.id("gs-summary")).clear();
            driver.findElement(By.id("gs-summary")).sendKeys("Corrected and sent plainly");
            driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            waitFor(driver, d -> d.getCurrentUrl().contains("sent=1"));
            assertThat(driver.findElement(By.id("gs-ok")).isDisplayed()).isTrue();
            assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        } finally {
            driver.quit();
        }
    }
}
