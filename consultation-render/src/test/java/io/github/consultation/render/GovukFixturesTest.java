package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The GOV.UK theme's components against GOV.UK Frontend's own fixtures, for the pinned release:
 * for each fixture of each component the theme uses, the fixture's options go through the
 * theme's component writer, and the DOM must equal the fixture's HTML (white space and attribute
 * order aside, nothing else). The fixtures come from the {@code org.webjars.npm:govuk-frontend}
 * test dependency, not from copied files.
 *
 * <p>Options the theme does not take are named in {@link #NOT_SUPPORTED}; a fixture that uses one
 * is listed as not supported, by option, and every other fixture must match. An option found in
 * no list fails the test, so a new upstream option cannot pass unseen.
 */
class GovukFixturesTest {
    private static final String ROOT = "/META-INF/resources/webjars/govuk-frontend/" + GovukTheme.FRONTEND_VERSION
            + "/dist/govuk/components/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The components the theme uses. */
    private static final List<String> COMPONENTS = List.of("error-summary", "error-message", "label", "hint",
            "fieldset", "input", "textarea", "character-count", "select", "radios", "checkboxes", "button");

    /**
     * The options this library does not take, by component: raw HTML of every kind (every value
     * is text, escaped), and features the feedback forms do not use (prefixes and suffixes,
     * conditional reveals, links styled as buttons, the start button's icon).
     */
    private static final Map<String, Set<String>> NOT_SUPPORTED = Map.ofEntries(
            Map.entry("error-summary", Set.of("titleHtml", "descriptionHtml", "errorList[].html")),
            Map.entry("error-message", Set.of("html")),
            Map.entry("label", Set.of("html")),
            Map.entry("hint", Set.of("html")),
            Map.entry("fieldset", Set.of("html", "legend.html")),
            Map.entry("input", Set.of("prefix", "suffix", "inputWrapper", "label.html")),
            Map.entry("textarea", Set.of()),
            Map.entry("character-count", Set.of()),
            Map.entry("select", Set.of()),
            Map.entry("radios", Set.of("items[].conditional", "items[].html", "fieldset.legend.html")),
            Map.entry("checkboxes", Set.of("items[].conditional", "items[].html", "fieldset.legend.html")),
            Map.entry("button", Set.of("href", "element", "isStartButton", "html")));

    private static JsonNode fixtures(String component) throws IOException {
        try (InputStream in = GovukFixturesTest.class.getResourceAsStream(ROOT + component + "/fixtures.json")) {
            assertTrue(in != null, "GOV.UK Frontend " + GovukTheme.FRONTEND_VERSION + " has no fixtures for " + component);
            return JSON.readTree(in).get("fixtures");
        }
    }

    @Test
    void theThemeTargetsTheWebjarsRelease() throws IOException {
        try (InputStream in = GovukFixturesTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/govuk-frontend/" + GovukTheme.FRONTEND_VERSION + "/package.json")) {
            assertTrue(in != null, "the test dependency is not GOV.UK Frontend " + GovukTheme.FRONTEND_VERSION);
            assertEquals(GovukTheme.FRONTEND_VERSION, JSON.readTree(in).get("version").asText());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryUsedComponentMatchesOrIsListedAsNotSupported() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, List<String>> notSupported = new TreeMap<>();
        int compared = 0;
        for (String component : COMPONENTS) {
            for (JsonNode fixture : fixtures(component)) {
                String name = component + ": " + fixture.get("name").asText();
                JsonNode options = fixture.get("options");
                Set<String> used = optionNames(options, "");
                if ("button".equals(text(options, "element"))) {
                    used.remove("element"); // the default element: the one this library writes
                }
                Set<String> unsupported = new TreeSet<>();
                for (String option : used) {
                    for (String listed : NOT_SUPPORTED.get(component)) {
                        if (option.equals(listed) || option.startsWith(listed + ".")) {
                            unsupported.add(listed);
                        }
                    }
                }
                if (!unsupported.isEmpty()) {
                    notSupported.computeIfAbsent(component, c -> new ArrayList<>())
                            .add(fixture.get("name").asText() + " " + unsupported);
                    continue;
                }
                compared++;
                String expected = fixture.get("html").asText();
                tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(canonical(expected),
                        canonical(render(component, options)), name)));
            }
        }
        int total = compared;
        tests.add(DynamicTest.dynamicTest("the fixtures not supported, listed by option", () -> {
            StringBuilder report = new StringBuilder("Compared " + total + " fixtures with upstream. Not supported:\n");
            notSupported.forEach((component, names) -> names.forEach(n -> report.append("  ").append(component)
                    .append(": ").append(n).append('\n')));
            System.out.println(report);
            assertTrue(total > 200, report.toString());
        }));
        return tests.stream();
    }

    /** Every option name used, nested ones as {@code label.text} and in lists as {@code items[].text}. */
    private static Set<String> optionNames(JsonNode node, String prefix) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (prefix.endsWith("attributes.")) {
                    continue;
                }
                names.add(prefix + f.getKey());
                names.addAll(optionNames(f.getValue(), prefix + f.getKey() + "."));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                names.addAll(optionNames(item, prefix.substring(0, prefix.length() - 1) + "[]."));
            }
        }
        return names;
    }

    /** Renders a component with the fixture's options through the theme's component writer. */
    static String render(String component, JsonNode o) {
        StringBuilder html = new StringBuilder();
        HtmlWriter out = new HtmlWriter(html, false);
        GovukComponents c = new GovukComponents("govuk");
        switch (component) {
            case "error-summary" -> c.errorSummary(new GovukComponents.ErrorSummary(text(o, "titleText"),
                    text(o, "descriptionText"), errorList(o.path("errorList")), text(o, "classes"), attributes(o),
                    o.has("disableAutoFocus") ? o.get("disableAutoFocus").asBoolean() : null), 0, out);
            case "error-message" -> c.errorMessage(errorMessage(o), 0, out);
            case "label" -> c.label(label(o), text(o, "for") == null ? "" : text(o, "for"), 0, out);
            case "hint" -> c.hint(hint(o), 0, out);
            case "fieldset" -> {
                GovukComponents.Fieldset f = fieldset(o);
                c.openFieldset(f, 0, out);
                c.closeFieldset(0, out);
            }
            case "input" -> c.input(new GovukComponents.Input(text(o, "id"), text(o, "name"), text(o, "type"),
                    text(o, "inputmode"), value(o.get("value")), o.path("disabled").asBoolean(), text(o, "describedBy"),
                    label(o.path("label")), o.has("hint") ? hint(o.get("hint")) : null,
                    o.has("errorMessage") ? errorMessage(o.get("errorMessage")) : null, text(o, "classes"),
                    text(o, "autocomplete"), text(o, "pattern"), bool(o, "spellcheck"), text(o, "autocapitalize"),
                    attributes(o), formGroup(o)), 0, out);
            case "textarea" -> c.textarea(new GovukComponents.Textarea(text(o, "id"), text(o, "name"),
                    o.has("rows") ? o.get("rows").asInt() : null, value(o.get("value")), o.path("disabled").asBoolean(),
                    text(o, "describedBy"), label(o.path("label")), o.has("hint") ? hint(o.get("hint")) : null,
                    o.has("errorMessage") ? errorMessage(o.get("errorMessage")) : null, text(o, "classes"),
                    text(o, "autocomplete"), bool(o, "spellcheck"), attributes(o), formGroup(o)), 0, out);
            case "character-count" -> c.characterCount(new GovukComponents.CharacterCount(text(o, "id"), text(o, "name"),
                    o.has("rows") ? o.get("rows").asInt() : null, value(o.get("value")), integer(o, "maxlength"),
                    integer(o, "maxwords"), integer(o, "threshold"), label(o.path("label")),
                    o.has("hint") ? hint(o.get("hint")) : null,
                    o.has("errorMessage") ? errorMessage(o.get("errorMessage")) : null, text(o, "classes"), attributes(o),
                    bool(o, "spellcheck"), formGroup(o), text(o.path("countMessage"), "classes"),
                    text(o, "textareaDescriptionText"), new GovukComponents.CountTexts(plural(o, "charactersUnderLimitText"),
                            text(o, "charactersAtLimitText"), plural(o, "charactersOverLimitText"),
                            plural(o, "wordsUnderLimitText"), text(o, "wordsAtLimitText"), plural(o, "wordsOverLimitText"))),
                    0, out);
            case "select" -> c.select(new GovukComponents.Select(text(o, "id"), text(o, "name"), selectItems(o.path("items")),
                    value(o.get("value")), o.path("disabled").asBoolean(), text(o, "describedBy"), label(o.path("label")),
                    o.has("hint") ? hint(o.get("hint")) : null,
                    o.has("errorMessage") ? errorMessage(o.get("errorMessage")) : null, text(o, "classes"), attributes(o),
                    formGroup(o)), 0, out);
            case "radios", "checkboxes" -> {
                List<String> values = new ArrayList<>();
                if (o.has("value") && !o.get("value").isNull()) {
                    values.add(value(o.get("value")));
                }
                o.path("values").forEach(v -> values.add(value(v)));
                c.choices(new GovukComponents.Choices(text(o, "idPrefix"), text(o, "name"), choiceItems(o.path("items")),
                        values, text(o, "describedBy"), o.has("fieldset") ? fieldset(o.get("fieldset")) : null,
                        o.has("hint") ? hint(o.get("hint")) : null,
                        o.has("errorMessage") ? errorMessage(o.get("errorMessage")) : null, text(o, "classes"),
                        attributes(o), formGroup(o)), component.equals("checkboxes"), 0, out);
            }
            case "button" -> c.button(new GovukComponents.Button(text(o, "text"), text(o, "name"), text(o, "type"),
                    text(o, "value"), o.path("disabled").asBoolean(), text(o, "classes"), attributes(o),
                    bool(o, "preventDoubleClick"), text(o, "id")), 0, out);
            default -> throw new IllegalArgumentException(component);
        }
        return html.toString();
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A value as the macros print it: numbers and booleans as their text. */
    private static String value(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Boolean bool(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || !v.isBoolean() ? null : v.asBoolean();
    }

    private static Integer integer(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Map<String, String> plural(JsonNode o, String key) {
        Map<String, String> forms = new LinkedHashMap<>();
        JsonNode v = o.get(key);
        if (v != null && v.isObject()) {
            v.fields().forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asText()));
        }
        return forms;
    }

    private static Map<String, Object> attributes(JsonNode o) {
        Map<String, Object> attributes = GovukComponents.attributes();
        JsonNode a = o.get("attributes");
        if (a != null && a.isObject()) {
            a.fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().isBoolean() ? f.getValue().asBoolean()
                    : f.getValue().isNull() ? null : f.getValue().asText()));
        }
        return attributes;
    }

    private static GovukComponents.Label label(JsonNode o) {
        return new GovukComponents.Label(text(o, "text"), text(o, "classes"), o.path("isPageHeading").asBoolean(),
                attributes(o));
    }

    private static GovukComponents.Hint hint(JsonNode o) {
        return new GovukComponents.Hint(text(o, "id"), text(o, "text"), text(o, "classes"), attributes(o));
    }

    private static GovukComponents.ErrorMessage errorMessage(JsonNode o) {
        return new GovukComponents.ErrorMessage(text(o, "id"), text(o, "text"), text(o, "classes"), attributes(o),
                o.has("visuallyHiddenText") ? value(o.get("visuallyHiddenText")) == null ? "" : value(o.get("visuallyHiddenText"))
                        : null);
    }

    private static GovukComponents.FormGroup formGroup(JsonNode o) {
        JsonNode g = o.path("formGroup");
        return new GovukComponents.FormGroup(text(g, "classes"), attributes(g));
    }

    private static GovukComponents.Fieldset fieldset(JsonNode o) {
        JsonNode l = o.get("legend");
        GovukComponents.Legend legend = l == null ? null : new GovukComponents.Legend(text(l, "text"), text(l, "classes"),
                l.path("isPageHeading").asBoolean());
        return new GovukComponents.Fieldset(text(o, "describedBy"), legend, text(o, "classes"), text(o, "role"),
                attributes(o));
    }

    private static List<GovukComponents.ErrorLink> errorList(JsonNode list) {
        List<GovukComponents.ErrorLink> links = new ArrayList<>();
        list.forEach(e -> links.add(new GovukComponents.ErrorLink(text(e, "text"), text(e, "href"), attributes(e))));
        return links;
    }

    private static List<GovukComponents.SelectItem> selectItems(JsonNode list) {
        List<GovukComponents.SelectItem> items = new ArrayList<>();
        // null stands for a falsy item, which the component skips
        for (JsonNode i : list) {
            if (falsy(i)) {
                items.add(null);
                continue;
            }
            items.add(new GovukComponents.SelectItem(i.has("value") ? value(i.get("value")) : null,
                    text(i, "text") == null ? "" : text(i, "text"), bool(i, "selected"), i.path("disabled").asBoolean(),
                    attributes(i), null));
        }
        return items;
    }

    private static List<GovukComponents.ChoiceItem> choiceItems(JsonNode list) {
        List<GovukComponents.ChoiceItem> items = new ArrayList<>();
        for (JsonNode i : list) {
            if (falsy(i)) {
                items.add(null);
                continue;
            }
            JsonNode label = i.path("label");
            items.add(new GovukComponents.ChoiceItem(value(i.get("value")), text(i, "text"), text(i, "id"),
                    bool(i, "checked"), i.path("disabled").asBoolean(), text(i.path("hint"), "text"), attributes(i),
                    text(label, "classes"), attributes(label), text(i, "divider"), text(i, "name"), text(i, "behaviour")));
        }
        return items;
    }

    /** Whether a JSON item is falsy as JavaScript sees it: skipped by the macros' {@code if item}. */
    private static boolean falsy(JsonNode i) {
        return i == null || i.isNull() || (i.isBoolean() && !i.asBoolean()) || (i.isTextual() && i.asText().isEmpty())
                || (i.isNumber() && i.asDouble() == 0);
    }

    /** The DOM as a string: elements with sorted attributes, text with white space collapsed. */
    static String canonical(String html) {
        StringBuilder out = new StringBuilder();
        for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
            canonical(n, out, 0);
        }
        return out.toString();
    }

    private static void canonical(Node node, StringBuilder out, int depth) {
        if (node instanceof TextNode) {
            String text = ((TextNode) node).getWholeText().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(text).append("\"\n");
            }
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element e = (Element) node;
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute a : e.attributes()) {
            attributes.put(a.getKey(), a.getValue().replaceAll("\\s+", " ").strip());
        }
        out.append("  ".repeat(depth)).append('<').append(e.tagName()).append(' ').append(attributes).append(">\n");
        for (Node child : e.childNodes()) {
            canonical(child, out, depth + 1);
        }
    }
}
