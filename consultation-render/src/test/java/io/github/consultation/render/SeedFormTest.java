package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The origin theme's form has exactly the seed page's controls, texts, option lists, classes
 * and messages (the fixture is the seed's form block, unchanged), plus a name on every control.
 */
class SeedFormTest {
    /** The names of REFERENCE §1's "name in later pages" column, by control id. */
    private static final Map<String, String> EXPECTED_NAMES = Map.of(
            "gs-page", "page", "hp_field", "hp_field", "mf-nature", "nature", "gs-summary", "summary",
            "gs-details", "details", "mf-role", "role", "mf-org", "org", "mf-email", "email");

    private static Document seed;
    private static Document rendered;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedFormTest.class.getResourceAsStream("seed-feedback-form.html")) {
            assertNotNull(in, "fixture");
            seed = Jsoup.parseBodyFragment(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        rendered = Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.blank("/models-for-delivery")));
    }

    private static Elements controls(Document doc) {
        return doc.select("input, select, textarea, button");
    }

    @Test
    void sameControlsInTheSameOrder() {
        assertEquals(signature(controls(seed)), signature(controls(rendered)));
    }

    private static List<String> signature(Elements controls) {
        return controls.stream().map(e -> e.tagName() + "#" + e.id() + "[" + e.attr("type") + "]").toList();
    }

    @Test
    void everySeedAttributeIsKeptWithItsValue() {
        Elements ours = controls(rendered);
        Elements theirs = controls(seed);
        for (int i = 0; i < theirs.size(); i++) {
            for (Attribute a : theirs.get(i).attributes()) {
                assertTrue(ours.get(i).hasAttr(a.getKey()), theirs.get(i).id() + " lacks " + a.getKey());
                assertEquals(a.getValue(), ours.get(i).attr(a.getKey()), theirs.get(i).id() + " " + a.getKey());
            }
        }
    }

    @Test
    void everyControlHasTheNameOfLaterPages() {
        for (Element control : rendered.select("input, select, textarea")) {
            assertEquals(EXPECTED_NAMES.get(control.id()), control.attr("name"), control.id());
        }
    }

    @Test
    void labelsHaveTheSeedTextsAndClasses() {
        Elements theirs = seed.select("label");
        Elements ours = rendered.select("label");
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < theirs.size(); i++) {
            assertEquals(theirs.get(i).attr("for"), ours.get(i).attr("for"));
            assertEquals(theirs.get(i).className(), ours.get(i).className(), theirs.get(i).attr("for"));
            assertEquals(theirs.get(i).html().strip(), ours.get(i).html().strip(), theirs.get(i).attr("for"));
        }
    }

    @Test
    void optionListsAreTheSeeds() {
        for (String id : List.of("mf-nature", "mf-role")) {
            assertEquals(options(seed, id), options(rendered, id), id);
        }
    }

    private static List<String> options(Document doc, String selectId) {
        return doc.select("#" + selectId + " option").stream()
                .map(o -> (o.hasAttr("value") ? "[" + o.attr("value") + "]" : "") + o.text()).toList();
    }

    @Test
    void wrapperHeadingFormAndMessagesAreTheSeeds() {
        Element wrapper = rendered.getElementById("sheets");
        assertNotNull(wrapper);
        assertTrue(wrapper.classNames().containsAll(List.of("feedback-section", "feedback-compact")));
        assertEquals("Page feedback", wrapper.selectFirst("h2").text());
        assertNotNull(wrapper.selectFirst("form#gs-form"));
        for (String id : List.of("gs-ok", "gs-err")) {
            Element ours = rendered.getElementById(id);
            Element theirs = seed.getElementById(id);
            assertEquals(theirs.className(), ours.className(), id);
            assertEquals(theirs.text(), ours.text(), id);
            assertTrue(ours.hasAttr("hidden"), id + " starts hidden");
        }
        assertEquals(seed.selectFirst("div.feedback-actions").html(), rendered.selectFirst("div.feedback-actions").html());
    }

    @Test
    void thePageAddressFillsTheHiddenField() {
        assertEquals("/models-for-delivery", rendered.getElementById("gs-page").attr("value"));
        assertFalse(rendered.getElementById("gs-page").hasAttr("required"));
    }
}
