package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a reader or an attacker puts in any field, in every theme, the value comes back out
 * of an HTML parser as exactly the same text or attribute value, and adds no element or
 * attribute.
 */
class FormEscapingPropertyTest {
    /** Characters that end or change an HTML context, mixed with ordinary text. */
    private static final String HOSTILE = "<>&\"'`=/ \n\r\t;:!-#{}()\\abcXYZ019\u00e9\u2019\u00a0\u200b\uD83D\uDE00";

    private static Gen<String> hostile() {
        return SourceDSL.integers().between(0, 40).zip(SourceDSL.longs().all(), (length, seed) -> {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder s = new StringBuilder();
            String[] pieces = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</textarea>",
                "'; --", "&amp;", "&#x3C;", "<!--", "-->", "</select>", "<option selected>", "javascript:"};
            for (int i = 0; i < length; i++) {
                if (random.nextInt(5) == 0) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    int at = random.nextInt(HOSTILE.length() - 1);
                    char c = HOSTILE.charAt(at);
                    s.append(Character.isHighSurrogate(c) ? HOSTILE.substring(at, at + 2) : Character.isLowSurrogate(c) ? "x" : String.valueOf(c));
                }
            }
            return s.toString();
        });
    }

    @Test
    void everyValueRoundTripsInEveryTheme() {
        qt().withExamples(150).forAll(hostile(), hostile(), hostile(), hostile()).checkAssert((a, b, c, d) -> {
            for (Theme theme : Theme.builtIn()) {
                check(theme, a, b, c, d);
            }
        });
    }

    @Test
    void valuesInTheMinimalAndDemonstrationFormsRoundTripToo() {
        qt().withExamples(60).forAll(hostile(), hostile()).checkAssert((value, message) -> {
            for (Theme theme : Theme.builtIn()) {
                for (FormVariant variant : List.of(FormVariant.MINIMAL, FormVariant.DEMO)) {
                    FormState state = FormState.failed(value, Submission.of(Map.of("summary", value, "details", value)),
                            List.of(new FieldError("summary", "c", message)));
                    Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build().render(variant, state));
                    assertEquals(value, doc.getElementById("gs-page").attr("value"), theme + " " + variant);
                    assertEquals(value, doc.getElementById("gs-summary").attr("value"), theme + " " + variant);
                    assertEquals(value, doc.getElementById("gs-details").wholeText(), theme + " " + variant);
                    assertEquals(message, doc.selectFirst("#gs-error-summary a").wholeText(), theme + " " + variant);
                }
            }
        });
    }

    private static void check(Theme theme, String value, String message, String page, String hiddenValue) {
        FormRenderer renderer = FormRenderer.builder().theme(theme).build();
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FeedbackField field : FeedbackField.values()) {
            values.put(field.formName(), value + field.formName());
            errors.add(new FieldError(field.formName(), "required", message + field.formName()));
        }
        FormState state = FormState.failed(page, Submission.of(values), errors).withHiddenField("_csrf", hiddenValue);
        String html = renderer.render(FormVariant.FULL, state);
        Document doc = Jsoup.parseBodyFragment(html);

        String reference = renderer.render(FormVariant.FULL, FormState.failed("p", Submission.of(benign()),
                benignErrors()).withHiddenField("_csrf", "h"));
        Document ref = Jsoup.parseBodyFragment(reference);
        assertEquals(shape(ref), shape(doc), "no new element or attribute in " + theme);

        assertEquals(page, doc.getElementById("gs-page").attr("value"), theme + " page");
        assertEquals(hiddenValue, doc.selectFirst("input[name=_csrf]").attr("value"), theme + " hidden");
        for (String name : List.of("summary", "org", "email")) {
            assertEquals(value + name, doc.selectFirst("[name=" + name + "]").attr("value"), theme + " " + name);
        }
        assertEquals(value + "details", doc.selectFirst("textarea").wholeText(), theme + " details");
        for (FeedbackField field : FeedbackField.values()) {
            if (field == FeedbackField.PAGE) {
                continue;
            }
            Element inline = doc.getElementById(controlId(field) + "-error");
            String expected = message + field.formName();
            assertEquals(expected, inline.wholeText().substring(inline.wholeText().indexOf(' ') + 1),
                    theme + " inline " + field);
        }
    }

    private static String controlId(FeedbackField field) {
        return Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.blank("x")))
                .selectFirst("[name=" + field.formName() + "]").id();
    }

    private static Map<String, String> benign() {
        Map<String, String> values = new LinkedHashMap<>();
        for (FeedbackField field : FeedbackField.values()) {
            values.put(field.formName(), "v" + field.formName());
        }
        return values;
    }

    private static List<FieldError> benignErrors() {
        List<FieldError> errors = new ArrayList<>();
        for (FeedbackField field : FeedbackField.values()) {
            errors.add(new FieldError(field.formName(), "required", "m" + field.formName()));
        }
        return errors;
    }

    /** Every element's tag and attribute names, in document order: the markup without the values. */
    private static List<String> shape(Document doc) {
        List<String> shape = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            StringBuilder s = new StringBuilder(e.tagName());
            e.attributes().forEach(a -> {
                if (!a.getKey().equals("selected")) {
                    s.append(' ').append(a.getKey());
                }
            });
            shape.add(s.toString());
        }
        return shape;
    }
}
