package io.github.consultation.examples;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no browser is downloaded. With
 * scripts on or off, so that both the plain form post and the enhanced one can be tried.
 */
final class Browser implements AutoCloseable {
    /** Debian's places by default (files or links); the build's {@code browser.*} properties say otherwise. */
    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start(boolean scripts) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ": run \"sudo apt-get install chromium chromium-driver\"");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profile);
        if (!scripts) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The id of the element that has focus. */
    String focused() {
        return String.valueOf(js("return document.activeElement ? document.activeElement.id : '';"));
    }

    /**
     * Types {@code text} into {@code field} as a person would (so that the browser's length
     * checks apply): clears it, then inserts the text as keyboard input does, which also works
     * for characters beyond the Basic Multilingual Plane.
     */
    void type(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            driver.executeCdpCommand("Input.insertText", Map.of("text", text));
        }
    }

    void waitFor(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.apply((ChromeDriver) d));
    }

    /** Saves a screenshot of the whole window under {@code target/screenshots}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Every WCAG 2.x A and AA violation axe-core finds on the page as it is now. Needs a browser
     * with scripts on: with them off, axe's timers never fire and the run comes back empty after
     * the script timeout, which this refuses rather than report as "no violations".
     */
    List<String> axeViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe did not run on " + driver.getCurrentUrl() + " (scripts off?): "
                    + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder s = new StringBuilder(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().forEach(n -> s.append("\n    ").append(n.getTarget()).append(" ").append(n.getFailureSummary()));
            violations.add(s.toString());
        }
        return violations;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
