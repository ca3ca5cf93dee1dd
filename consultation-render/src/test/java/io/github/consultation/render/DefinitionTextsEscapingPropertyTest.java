package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A form definition's texts come from a host's configuration or a content team's file: they are
 * untrusted as HTML, exactly as a reader's answers are. Whatever a heading, label, hint,
 * placeholder, option or group says, every theme shows it as text, with no new element or
 * attribute.
 */
class DefinitionTextsEscapingPropertyTest {
    private static final String HOSTILE = "<>&\"'`=/\u00a0\u2028 {{x}} ${x} <script>alert(1)</script> <img src=x onerror=y>";

    private static Gen<String> hostile() {
        return SourceDSL.integers().between(1, 30).zip(SourceDSL.longs().all(), (length, seed) -> {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder s = new StringBuilder("t");
            for (int i = 0; i < length; i++) {
                s.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
            }
            return s.toString().strip();
        });
    }

    /** A form whose every text the host chose is {@code t} with a distinct suffix. */
    static FormDefinition form(String t) {
        OptionGroup group = new OptionGroup("people", t + " group");
        return FormDefinition.builder()
                .roles(List.of(Option.of("one", t + " role one", group), Option.of("two", t + " role two", group)))
                .reflections(List.of(Option.of("yes", t + " yes"), Option.of("no", t + " no")))
                .texts(Locale.ENGLISH, Map.of("heading", t + " heading", "label.summary", t + " label",
                        "hint.summary", t + " hint", "placeholder.summary", t + " placeholder",
                        "origin.placeholder.summary", t + " origin placeholder", "submit", t + " submit",
                        "choose.role", t + " choose", "error.summary", t + " problem"))
                .build();
    }

    /** Every element with its attribute names: what must not change whatever the texts say. */
    private static List<String> shape(Document doc) {
        List<String> shape = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            shape.add(e.tagName() + e.attributes().asList().stream().map(a -> a.getKey()).toList());
        }
        return shape;
    }

    @Test
    void everyTextOfADefinitionIsShownAsTextInEveryTheme() {
        FormState reference = state();
        qt().withExamples(80).forAll(hostile()).checkAssert(t -> {
            for (Theme theme : Theme.builtIn()) {
                String where = theme.name();
                FormRenderer renderer = FormRenderer.builder().theme(theme).form(form(t)).build();
                Document doc = Jsoup.parseBodyFragment(renderer.render(FormVariant.FULL, reference));
                Document benign = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).form(form("plain"))
                        .build().render(FormVariant.FULL, reference));
                assertEquals(shape(benign), shape(doc), "no new element or attribute in " + where);
                assertEquals(t + " heading", doc.getElementById("gs-heading").wholeText(), where);
                assertEquals(List.of(t + " role one", t + " role two"), options(doc, "mf-role"), where);
                assertEquals(List.of(t + " yes", t + " no"), options(doc, "mf-nature"), where);
                assertEquals(t + " choose", doc.selectFirst("#mf-role option").wholeText(), where);
                assertEquals(t + " submit", doc.selectFirst("button").wholeText(), where);
                if (!theme.originTexts()) {
                    assertEquals(t + " label", doc.selectFirst("label[for=gs-summary]").wholeText(), where);
                    assertEquals(t + " hint", doc.getElementById("gs-summary-hint").wholeText(), where);
                    // GOV.UK's guidance is to use no placeholder, so its theme writes none.
                    assertEquals(theme == Theme.GOVUK ? "" : t + " placeholder", doc.getElementById("gs-summary")
                            .attr("placeholder"), where);
                    assertEquals(t + " group", doc.selectFirst("#mf-role optgroup").attr("label"), where);
                } else {
                    assertEquals(t + " origin placeholder", doc.getElementById("gs-summary").attr("placeholder"), where);
                }
                String summaryTitle = doc.selectFirst("#gs-error-summary h2, #gs-error-summary h3").wholeText();
                assertEquals(t + " problem", summaryTitle, where);
            }
        });
    }

    /** The texts of a select's options after its empty first one. */
    private static List<String> options(Document doc, String id) {
        List<String> texts = new ArrayList<>();
        for (Element option : doc.select("#" + id + " option")) {
            texts.add(option.wholeText());
        }
        return texts.subList(1, texts.size());
    }

    private static FormState state() {
        return FormState.failed("/p", Submission.of(Map.of("summary", "abc")),
                List.of(new FieldError("summary", "too-short", "Summary must be 5 characters or more")));
    }
}
