package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a definition's grouping of options (groups in any order, options in no group before,
 * between and after them, a group split by others), every theme shows each option in the order
 * the definition lists it and under its own group, and never an option of no group under a
 * heading: the roles in a select's {@code optgroup}s, the boxes of a checklist in their
 * headings' fieldsets. The origin theme writes a select without groups, as the existing site's
 * form does, so there no option is under a heading at all.
 */
class OptionGroupingPropertyTest {
    private static final List<OptionGroup> GROUPS = List.of(new OptionGroup("a", "Group A"),
            new OptionGroup("b", "Group B"), new OptionGroup("c", "Group C"));

    /** Each option's group as an index into {@link #GROUPS}, or -1 for none; one to nine options. */
    private static Gen<List<Integer>> groupings() {
        return SourceDSL.lists().of(SourceDSL.integers().between(-1, GROUPS.size() - 1)).ofSizeBetween(1, 9);
    }

    private static List<Option> options(List<Integer> grouping) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < grouping.size(); i++) {
            String code = "o" + i;
            int g = grouping.get(i);
            options.add(g < 0 ? Option.of(code, "Option " + i) : Option.of(code, "Option " + i, GROUPS.get(g)));
        }
        return options;
    }

    private static FormDefinition form(List<Integer> grouping) {
        return FormDefinition.builder().roles(options(grouping))
                .question(new ChecklistQuestion("ticks", "ticks", false, options(grouping)))
                .text(FormDefinition.ENGLISH, "label.ticks", "Tick any")
                .build();
    }

    /** What the definition says: each option's text with its group's text, or with nothing. */
    private static List<String> expected(List<Integer> grouping) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < grouping.size(); i++) {
            int g = grouping.get(i);
            expected.add("Option " + i + " | " + (g < 0 ? "" : GROUPS.get(g).text()));
        }
        return expected;
    }

    /** What the select shows: each option (but the empty first one) with its optgroup's label, or with nothing. */
    private static List<String> selectGrouping(Document doc) {
        List<String> shown = new ArrayList<>();
        for (Element option : doc.select("#mf-role option")) {
            if (option.attr("value").isEmpty() && option.elementSiblingIndex() == 0 && option.parent().is("select")) {
                continue;
            }
            Element group = option.parent().is("optgroup") ? option.parent() : null;
            shown.add(option.text() + " | " + (group == null ? "" : group.attr("label")));
        }
        return shown;
    }

    /** What the checklist shows: each box's label with the legend of the fieldset it is in, below the question's. */
    private static List<String> checklistGrouping(Document doc) {
        List<String> shown = new ArrayList<>();
        for (Element box : doc.select("input[type=checkbox][name=ticks]")) {
            Element label = doc.selectFirst("label[for=" + box.id() + "]");
            String heading = "";
            for (Element fieldset : box.parents()) {
                if (fieldset.is("fieldset")) {
                    Optional<Element> legend = Optional.ofNullable(fieldset.selectFirst("> legend"));
                    if (legend.isPresent() && legend.get().text().startsWith("Tick any")) {
                        break;
                    }
                    heading = legend.map(Element::text).orElse("");
                    break;
                }
            }
            shown.add(label.text() + " | " + heading);
        }
        return shown;
    }

    @Test
    void everyThemeShowsTheDefinitionsGrouping() {
        List<Theme> themes = new ArrayList<>(Theme.builtIn());
        themes.add(new HostThemeTest.NhsTheme());
        qt().withExamples(150).forAll(groupings()).checkAssert(grouping -> {
            FormDefinition form = form(grouping);
            for (Theme theme : themes) {
                for (FormState state : List.of(FormState.blank("/p"), FormState.failed("/p", FormState.blank("/p").submission(),
                        List.of(new io.github.consultation.model.FieldError("role", "required", "Select your role"))))) {
                    Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).form(form).build()
                            .render(FormVariant.FULL, state));
                    String where = theme.name() + " " + grouping + " " + state.outcome();
                    if (theme == Theme.ORIGIN) {
                        assertTrue(doc.select("#mf-role optgroup").isEmpty(), where);
                        assertEquals(expected(grouping).stream().map(s -> s.substring(0, s.indexOf(" | ")) + " | ").toList(),
                                selectGrouping(doc), where);
                    } else {
                        assertEquals(expected(grouping), selectGrouping(doc), where);
                    }
                    assertEquals(expected(grouping), checklistGrouping(doc), where);
                }
            }
        });
    }

    @Test
    void anUngroupedRoleAfterAGroupIsOutsideItInThePlainTheme() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(Theme.PLAIN).form(form(List.of(0, 0, -1)))
                .build().render(FormVariant.FULL, FormState.blank("/p")));
        assertEquals("select", doc.selectFirst("#mf-role option:containsOwn(Option 2)").parent().tagName());
    }
}
