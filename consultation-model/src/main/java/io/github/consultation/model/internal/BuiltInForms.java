package io.github.consultation.model.internal;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.ElementIds;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms this library knows: the existing consultation site's page-feedback form. Their
 * structure (questions, codes, groups, limits, ids) is here; every text is in the bundles beside
 * {@link Bundles}, the options' English texts included, so each text is written once.
 */
public final class BuiltInForms {
    /** The bundles of the page-feedback form: what every form says, then what this one says. */
    private static final String[] PAGE_FEEDBACK_BUNDLES = {"common", "page-feedback"};

    /** The roles of the seed page, by group, in their order (REFERENCE §1). */
    private static final Map<String, List<String>> ROLES = roles();
    private static final List<String> REFLECTIONS =
            List.of("enthusiastic", "unsure", "disagree", "general", "specific-issue", "other");

    /** The built-in page-feedback form, English and Welsh. */
    public static final FormDefinition PAGE_FEEDBACK = seed();

    private BuiltInForms() {
    }

    private static Map<String, List<String>> roles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("local-authority", List.of("la-data", "la-digital", "la-social-care", "la-leadership"));
        roles.put("central-government", List.of("cg-data", "cg-digital", "cg-social-care", "cg-leadership"));
        roles.put("other-public-sector", List.of("public-other"));
        roles.put("private-sector", List.of("supplier", "consultant", "private-other"));
        roles.put("people", List.of("person-with-experience", "person-without-experience"));
        return roles;
    }

    private static Map<String, Map<String, String>> texts(String... bases) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : List.of("en", "cy")) {
            texts.put(language, Bundles.layered(language, bases));
        }
        return texts;
    }

    /**
     * The page-feedback form's structure with this library's texts and no options: the page
     * address, summary, details, organisation and email address; English only.
     */
    public static FormDefinition.Builder pageFeedbackBuilder() {
        ElementIds ids = new ElementIds("sheets", "gs-form", "gs-heading", "gs-page", "hp_field", "gs-ok", "gs-err",
                "gs-error-summary");
        return new FormDefinition.Builder("Feedback", ids, texts(PAGE_FEEDBACK_BUNDLES))
                .question(new TextQuestion(FormDefinition.PAGE, "gs-page", TextQuestion.Format.PAGE, true, 0,
                        FormDefinition.MAX_PAGE, "", 0))
                .question(new TextQuestion("summary", "gs-summary", TextQuestion.Format.LINE, true, 5, 300, "", 0))
                .question(new TextQuestion("details", "gs-details", TextQuestion.Format.LINES, false, 0, 5000, "", 3))
                .question(new TextQuestion("org", "mf-org", TextQuestion.Format.LINE, false, 0, 200, "organization", 0))
                .question(new TextQuestion("email", "mf-email", TextQuestion.Format.EMAIL, false, 0,
                        FormDefinition.MAX_EMAIL, "email", 0))
                .minimalForm("summary", "details");
    }

    private static FormDefinition seed() {
        Map<String, String> english = Bundles.layered("en", PAGE_FEEDBACK_BUNDLES);
        List<Option> roles = new ArrayList<>();
        ROLES.forEach((group, codes) -> {
            OptionGroup g = new OptionGroup(group, english.get("group." + group));
            codes.forEach(code -> roles.add(Option.of(code, english.get("option.role." + code), g)));
        });
        List<Option> reflections = REFLECTIONS.stream()
                .map(code -> Option.of(code, english.get("option.nature." + code))).toList();
        return pageFeedbackBuilder()
                .languages(FormDefinition.ENGLISH, FormDefinition.WELSH)
                .reflections(reflections)
                .roles(roles)
                .build();
    }

    /** The role question of the seed form, for forms that ask the same roles. */
    public static ChoiceQuestion seedRoles() {
        return (ChoiceQuestion) PAGE_FEEDBACK.question("role").orElseThrow();
    }
}
