package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.render.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The documentation in Chromium: axe on three of its pages as the demo serves them, and the
 * pictures the docs show, taken from the real server: the form in each theme blank and after a
 * refused post (the form with its messages), the three blank forms side by side (the README's picture), and the admin chart.
 * They are written under {@code target/docs-img}; {@code docs/screenshots} runs this test with
 * {@code -Ddocs.screenshots.update=true}, which writes them into docs/docs/img too. Every picture
 * this test makes must be there, so a picture added here and never committed fails the build.
 */
@Tag("browser")
class DocsBrowserTest {
    static final Path IMAGES = DocsSiteTest.DOCS.resolve("docs/img");
    private static final Path MADE = Path.of("target", "docs-img");
    private static final String PAGE = "/shared-record";

    @TempDir
    Path dir;

    @Test
    void threeDocsPagesHaveNoWcagViolation() throws Exception {
        List<String> failures = new ArrayList<>();
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, DocsSiteTest.DOCS, s -> { });
                Browser browser = Browser.start(true)) {
            for (String page : List.of("/", "/validation/refused/", "/getting-started/spring-boot/")) {
                browser.driver.get(server.uri(page).toString());
                assertTrue(browser.driver.findElements(By.cssSelector("main h1")).size() == 1, page + " has its heading");
                browser.axeViolations().forEach(v -> failures.add(page + ": " + v));
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theDocsPicturesAreTakenFromTheRealServer() throws Exception {
        List<String> made = new ArrayList<>();
        List<BufferedImage> blanks = new ArrayList<>();
        for (Theme theme : Theme.builtIn()) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            try (TestServer server = new TestServer(dir.resolve(name), theme, null, s -> { });
                    Browser browser = Browser.start(true)) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(560, 1400));
                browser.driver.get(server.uri(PAGE).toString());
                BufferedImage blank = shot(form(browser));
                blanks.add(blank);
                made.add(save(blank, "form-" + name + "-blank"));
                AccessibilityTest.submitRefused(browser, PAGE, "Error: ",
                        List.of(List.of("summary", "Hi"), List.of("email", "not an address")));
                made.add(save(shot(form(browser)), "form-" + name + "-refused"));
            }
        }
        made.add(save(sideBySide(blanks), "form-three-themes"));
        try (TestServer server = new TestServer(dir.resolve("admin"), Theme.ORIGIN, null, s -> { });
                Browser browser = Browser.start(true)) {
            // Answers spread over the roles and reflections, so that the chart shows its groups and colours.
            FormDefinition form = FormDefinition.pageFeedback();
            List<Option> roles = ((ChoiceQuestion) form.question("role").orElseThrow()).options();
            List<Option> reflections = ((ChoiceQuestion) form.question("nature").orElseThrow()).options();
            java.util.Random random = new java.util.Random(29);    // the same picture every time
            for (int i = 0; i < 30; i++) {
                Option role = roles.get(random.nextInt(roles.size()));
                Option reflection = reflections.get(random.nextInt(reflections.size()));
                assertEquals(201, server.postJson(TestServer.goodJson("Answer number " + i)
                        .replace("Local authority leadership", role.code())
                        .replace("I\u2019m unsure about this", reflection.code())).statusCode());
            }
            browser.driver.get("http://admin:" + TestServer.PASSWORD.replace(" ", "%20") + "@127.0.0.1:"
                    + server.server.port() + "/admin/feedback");
            WebElement chart = browser.driver.findElement(By.cssSelector("svg.chart"));
            made.add(save(shot(chart), "admin-chart"));
        }
        List<String> missing = made.stream().filter(n -> !Files.isRegularFile(IMAGES.resolve(n))).toList();
        assertEquals(List.of(), missing, "pictures made but not in docs/docs/img: run docs/screenshots and commit them");
    }

    /** The page's form (its messages beside their fields), scrolled to the top of the window so that all of it shows. */
    private static WebElement form(Browser browser) {
        WebElement form = browser.driver.findElement(By.cssSelector("form[method=post]"));
        browser.js("arguments[0].scrollIntoView(true);", form);
        return form;
    }

    private static BufferedImage shot(WebElement element) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
    }

    private static BufferedImage sideBySide(List<BufferedImage> images) {
        int gap = 16;
        int width = images.stream().mapToInt(BufferedImage::getWidth).sum() + gap * (images.size() - 1);
        int height = images.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        BufferedImage all = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, x, 0, null);
            x += image.getWidth() + gap;
        }
        g.dispose();
        return all;
    }

    /** Writes {@code image} under target/docs-img, and into docs/docs/img when asked to update them. */
    private static String save(BufferedImage image, String name) throws IOException {
        String file = name + ".png";
        Files.createDirectories(MADE);
        ImageIO.write(image, "png", MADE.resolve(file).toFile());
        if (Boolean.getBoolean("docs.screenshots.update")) {
            Files.createDirectories(IMAGES);
            Files.copy(MADE.resolve(file), IMAGES.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
