package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.definition.ConsultationDefinition;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * consultations/buses in Chromium, with its scripts running, in every theme and each language its
 * definition speaks: every text in the document and its attributes, once the scripts have run, is
 * the consultation's own or the library's in that language (none of the built-in page form's and
 * questionnaire's texts or the library's English where the language has its own); the extra choice
 * and rating questions and the required email; the page form on a page and the questionnaire on its
 * page; the roles under their groups and the two of no group under none; a post refused with its
 * messages in that language beside their fields; a good post thanked in that language and kept.
 * One browser for every case, so that the nine cases stay within a minute or two.
 */
@Tag("browser")
class BusesBrowserTest {
    /** What each language thanks a reader with, and calls the second group of roles. */
    private static final Map<String, List<String>> MORE = Map.of(
            "en", List.of("Thank you \u2014 we have your feedback", "People who run the buses"),
            "cy", List.of("Diolch \u2014 mae eich adborth gennym", "Pobl sy\u2019n rhedeg y bysiau"),
            "fr", List.of("Merci \u2014 nous avons bien re\u00e7u votre avis", "Personnes qui font rouler les bus"));

    private static Browser browser;
    private static ConsultationDefinition buses;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(true);
        buses = FormDefinitionFile.readConsultation(BusesConsultationTest.BUSES.resolve("feedback-form.yml"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> themesAndLanguages() {
        return BusesConsultationTest.themesAndLanguages();
    }

    /**
     * The library's English texts that must not show in {@code locale} on a page with {@code form}:
     * each text of the built-in form {@code builtIn} (the page form or the questionnaire) and of the
     * site's layout whose text for this site and language is another, as the longest run of it
     * between placeholders (runs under eight characters, such as "Menu", are too common to tell).
     */
    private static List<String> notOurs(FormDefinition builtIn, FormDefinition form, Locale locale) {
        Map<String, String> english = builtIn.texts(FormDefinition.ENGLISH).asMap();
        Map<String, String> welsh = builtIn.texts(FormDefinition.WELSH).asMap();
        FormTexts ours = form.texts(locale);
        List<String> runs = new ArrayList<>();
        english.forEach((key, text) -> {
            boolean shownToReaders = !key.startsWith("admin.") && !key.startsWith("demo")
                    && (!key.startsWith("notice.") || key.startsWith("notice.not-found."));
            // Under another language, English it only borrows is not its own either, where the
            // text is one a language says in its own words (the library's Welsh differs).
            boolean borrowed = !locale.getLanguage().equals("en") && !text.equals(welsh.get(key));
            if (shownToReaders && (borrowed || !ours.find(key).map(text::equals).orElse(false))) {
                String run = java.util.Arrays.stream(text.split("%?\\{[^}]*\\}")).map(BusesBrowserTest::plain)
                        .max(Comparator.comparingInt(String::length)).orElse("");
                if (run.length() >= 8) {
                    runs.add(run);
                }
            }
        });
        return runs;
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Every text of the document as the browser has it now: its text (no scripts or styles) and every attribute's value. */
    private static String everyText() {
        return plain(String.valueOf(browser.js("var copy = document.documentElement.cloneNode(true);"
                + " copy.querySelectorAll('script, style').forEach(function (e) { e.remove(); });"
                + " var texts = [copy.textContent];"
                + " document.querySelectorAll('*').forEach(function (e) {"
                + "   for (var i = 0; i < e.attributes.length; i++) { texts.push(e.attributes[i].value); } });"
                + " return texts.join('\\n');")));
    }

    private static void assertOnlyOurs(List<String> notOurs, String where) {
        String shown = everyText();
        for (String text : notOurs) {
            assertFalse(shown.contains(text), where + " shows the library's '" + text + "'");
        }
    }

    private void open(TestServer server, String path) {
        browser.driver.get(server.uri(path).toString());
    }

    /** The tabs of the forms on the page. */
    private static List<String> forms() {
        return browser.driver.findElements(By.cssSelector("form[data-tab]")).stream().map(f -> f.getAttribute("data-tab"))
                .toList();
    }

    /** Each role (but the empty first choice) as the label of the optgroup it is in, or "" for none. */
    @SuppressWarnings("unchecked")
    private static List<String> roleGroups() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('select[name=role] option'))"
                + ".filter(function (o) { return o.value !== ''; })"
                + ".map(function (o) { return o.parentElement.tagName === 'OPTGROUP' ? o.parentElement.label : ''; });");
    }

    /** Chooses the option whose value (its text, when it has no value of its own) is {@code value}, as a reader would. */
    private static void choose(String name, String value) {
        Select select = new Select(browser.driver.findElement(By.name(name)));
        for (WebElement option : select.getOptions()) {
            if (value.equals(option.getAttribute("value"))) {
                option.click();
                return;
            }
        }
        throw new AssertionError("No option " + value + " in " + name);
    }

    /** Checks a radio as a click on it would, whatever the theme does to its look. */
    private static void check(String name, String value) {
        browser.js("var r = document.querySelector('input[name=\"' + arguments[0] + '\"][value=\"' + arguments[1] + '\"]');"
                + " r.click();", name, value);
    }

    @ParameterizedTest
    @MethodSource("themesAndLanguages")
    void onlyItsOwnTextsItsQuestionsAndItsRefusalsAndAGoodPostKept(Theme theme, String code) throws Exception {
        BusesConsultationTest.Language language = BusesConsultationTest.LANGUAGES.get(code);
        Locale locale = language.locale();
        String where = theme.name() + " " + code;
        List<String> notPageForm = notOurs(FormDefinition.pageFeedback(), buses.forms().get("page"), locale);
        List<String> notQuestionnaire = notOurs(FormDefinition.questionnaire(), buses.forms().get("questionnaire"), locale);
        // What the checks below look for, so that they cannot pass by looking for nothing.
        assertTrue(notPageForm.contains("Reflection on our thinking from this page"), notPageForm.toString());
        if (!code.equals("en")) {
            assertTrue(notPageForm.containsAll(List.of("Skip to main content", "On this page", "Previous:", "Submit feedback")),
                    notPageForm.toString());
        }
        try (TestServer server = new TestServer(dir.resolve(theme.name() + "-" + code), theme, BusesConsultationTest.BUSES,
                s -> s.locale(locale))) {
            open(server, "/routes");
            assertEquals(code, browser.js("return document.documentElement.lang;"), where);
            assertEquals(List.of("BusFeedback"), forms(), where + ": the page form on a page");
            assertOnlyOurs(notPageForm, where + " /routes");
            assertEquals(language.heading(), browser.byId("gs-heading").getText(), where);
            // The extra choice and rating questions, shown; the email required.
            assertEquals(5, new Select(browser.driver.findElement(By.name("route"))).getOptions().size(), where);
            assertTrue(browser.driver.findElement(By.name("route")).isDisplayed(), where);
            for (String item : List.of("frequency", "reliability", "fares", "comfort")) {
                String id = browser.driver.findElement(By.cssSelector("input[name='satisfaction." + item + "'][value='3']"))
                        .getAttribute("id");
                assertTrue(browser.driver.findElement(By.cssSelector("label[for='" + id + "']")).isDisplayed(), where + item);
            }
            assertEquals(Boolean.TRUE, browser.js("return document.querySelector('[name=email]').required;"), where);
            // Six roles under their two groups, two under none; the origin theme, like the existing site, writes no groups.
            String riders = language.riders();
            String operators = MORE.get(code).get(1);
            assertEquals(theme == Theme.ORIGIN ? List.of("", "", "", "", "", "", "", "")
                    : List.of(riders, riders, riders, operators, operators, operators, "", ""), roleGroups(), where);

            open(server, "/have-your-say");
            assertEquals(List.of("BusSurvey"), forms(), where + ": the questionnaire on its page");
            assertOnlyOurs(notQuestionnaire, where + " /have-your-say");
            assertFalse(browser.driver.findElements(By.cssSelector("input[type=checkbox][name=ideas]")).isEmpty(), where);
            open(server, "/fares");
            assertEquals(List.of("BusFeedback"), forms(), where + ": the page form on another page");
            open(server, "/background/history");
            assertEquals(List.of(), forms(), where + ": no form where the definition says none");
            open(server, "/");
            assertEquals(List.of(), forms(), where + ": none on the home page");
            assertOnlyOurs(notPageForm, where + " /");

            // A post refused: the browser's own checks off, so that the server answers, as a browser without them would.
            open(server, "/routes");
            browser.js("document.querySelector('form[data-tab]').noValidate = true;");
            browser.type(browser.driver.findElement(By.name("stop")), "abc");
            browser.driver.findElement(By.cssSelector("form[data-tab] button[type=submit]")).click();
            browser.waitFor(d -> !d.findElements(By.cssSelector("[id$=error-summary-title], .govuk-error-summary__title"))
                    .stream().filter(WebElement::isDisplayed).toList().isEmpty());
            Document refused = Jsoup.parse(browser.driver.getPageSource());
            assertEquals(language.problem(), refused.selectFirst("[id$=error-summary-title], .govuk-error-summary__title")
                    .text(), where);
            assertTrue(BusesConsultationTest.errorOf(refused, "summary").contains(language.summaryRequired()), where);
            assertTrue(BusesConsultationTest.errorOf(refused, "email").contains(language.emailRequired()), where);
            assertTrue(BusesConsultationTest.errorOf(refused, "stop").contains(language.stopFormat()), where);
            assertOnlyOurs(notPageForm, where + " refused");
            assertEquals(0, server.store.count("BusFeedback"), where);

            // A good post, sent by the script, thanked in the site's language and kept.
            open(server, "/routes");
            browser.type(browser.driver.findElement(By.name("summary")), "Route 2 should still stop on Quay Street");
            choose("role", "Visitor to Aberhaf");
            browser.type(browser.driver.findElement(By.name("email")), "rider@example.org");
            choose("route", "Route 2: the harbour to the college");
            check("satisfaction.fares", "4");
            browser.type(browser.driver.findElement(By.name("stop")), "ABH123");
            String success = browser.driver.findElement(By.cssSelector("form[data-tab]")).getAttribute("data-success");
            browser.driver.findElement(By.cssSelector("form[data-tab] button[type=submit]")).click();
            browser.waitFor(d -> browser.byId(success).isDisplayed());
            assertEquals(MORE.get(code).get(0), browser.byId(success).getText(), where);
            assertEquals(1, server.store.count("BusFeedback"), where);
            var kept = server.store.read("BusFeedback", "/routes", 0, 10).get(0).answers();
            assertEquals("visitor", kept.choice("role").orElseThrow().code(), where);
            assertEquals(Map.of("fares", 4), kept.scores("satisfaction"), where);
        }
    }
}
