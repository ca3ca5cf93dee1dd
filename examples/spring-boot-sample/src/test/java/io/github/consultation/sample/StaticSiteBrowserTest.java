package io.github.consultation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.consultation.store.FeedbackStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A static copy of a page, served on another port, as the Boot application's client in Chromium,
 * with Spring Security's CSRF check on: the page's script fetches its signed form token, posts its
 * JSON across origins with its absolute address as the page, and the row is stored as the Boot
 * site's page; the same page served from an origin not on the list is refused.
 */
@Tag("browser")
class StaticSiteBrowserTest {
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();

    private static HttpServer allowed;
    private static HttpServer other;
    private static ConfigurableApplicationContext app;
    private static String boot;

    @BeforeAll
    static void start() throws Exception {
        allowed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String site = origin(allowed);
        app = SpringApplication.run(SampleApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:static-site;DB_CLOSE_DELAY=-1", "--spring.security.user.password=pw",
                "--consultation.allowed-origins=" + site + "/copy/",
                "--consultation.token-secret=a secret of thirty-two bytes or more, for the browser test");
        boot = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        String page = staticCopy();
        for (HttpServer server : new HttpServer[] {allowed, other}) {
            server.createContext("/copy/", exchange -> {
                byte[] html = page.replace("STATIC-ORIGIN", origin(server)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
                exchange.close();
            });
            server.start();
        }
    }

    @AfterAll
    static void stop() {
        allowed.stop(0);
        other.stop(0);
        app.close();
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The Boot site's home page as a static copy holds it: its form posting to the Boot
     * application's endpoint, its token fetched from there, its page value its own absolute address,
     * no session's CSRF token, the library's script from the application.
     */
    private static String staticCopy() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(boot + "/pages/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Document page = Jsoup.parse(html, boot + "/pages/");
        Element form = page.getElementById("gs-form");
        form.attr("action", boot + "/api/feedback").attr("data-json-endpoint", boot + "/api/feedback")
                .attr("data-token-endpoint", boot + "/api/feedback/token");
        form.select("input[name=_csrf], input[name=form_token]").remove();
        page.getElementById("gs-page").val("STATIC-ORIGIN/copy/");
        page.select("meta[name^=_csrf]").remove();
        page.select("script[src]").forEach(s -> s.attr("src", s.absUrl("src")));
        page.select("link[href]").forEach(l -> l.attr("href", l.absUrl("href")));
        return page.outerHtml();
    }

    private static ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1024,900", "--user-data-dir=" + Files.createTempDirectory("static-site-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")).toFile()).usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    void aStaticPageOnAnotherOriginPostsAndTheRowIsStoredAsTheSitesPage() throws Exception {
        FeedbackStore store = app.getBean(FeedbackStore.class);
        long before = store.count(PAGE_FORM);
        Map<String, Long> pages = store.countsByPage(PAGE_FORM);
        ChromeDriver driver = chromium();
        try {
            driver.get(origin(allowed) + "/copy/");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.name("form_token")).isEmpty()
                    && !d.findElement(By.name("form_token")).getDomProperty("value").isEmpty());
            driver.findElement(By.id("gs-summary")).sendKeys("Sent from the static copy");
            new Select(driver.findElement(By.id("mf-role"))).selectByVisibleText("Local authority leadership");
            // A reader takes longer than the token's minimum age over the form.
            Thread.sleep(3_500);
            driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("gs-ok")).isDisplayed());
            assertThat(driver.getCurrentUrl()).isEqualTo(origin(allowed) + "/copy/");
            assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
            assertThat(store.countsByPage(PAGE_FORM).getOrDefault("/pages", 0L))
                    .isEqualTo(pages.getOrDefault("/pages", 0L) + 1);
        } finally {
            driver.quit();
        }
    }

    @Test
    void theSamePageFromAnOriginNotOnTheListIsRefused() throws Exception {
        FeedbackStore store = app.getBean(FeedbackStore.class);
        long before = store.count(PAGE_FORM);
        ChromeDriver driver = chromium();
        try {
            driver.get(origin(other) + "/copy/");
            Object answer = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify({tab: arguments[1], page: location.href, summary: 'From elsewhere',"
                    + " role: 'Local authority leadership'})})"
                    + ".then(function (r) { done('answered ' + r.status); }, function (e) { done('refused: ' + e); });",
                    boot + "/api/feedback", PAGE_FORM);
            // No CORS header on the refusal: the browser keeps the answer from the page.
            assertThat(String.valueOf(answer)).startsWith("refused: TypeError");
            var direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(boot + "/api/feedback"))
                    .header("Origin", origin(other)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(direct.statusCode()).isEqualTo(403);
            assertThat(direct.body()).contains("origin not allowed");
            assertThat(store.count(PAGE_FORM)).isEqualTo(before);
        } finally {
            driver.quit();
        }
    }
}
