package io.github.consultation.model.internal;

import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.ElementIds;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.RatingQuestion;
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
    /** The languages this library speaks: those its bundle of texts has a file for. */
    public static final List<String> LANGUAGES = List.of("en", "cy");
    /** The bundle of every text of the library, one file per language. */
    private static final String BUNDLE = "texts";
    /** The prefix of the bundle's keys that are the questionnaire's own. */
    private static final String QUESTIONNAIRE_KEYS = "questionnaire.";

    /** The roles of the seed page, by group, in their order (REFERENCE §1). */
    private static final Map<String, List<String>> ROLES = roles();
    private static final List<String> REFLECTIONS =
            List.of("enthusiastic", "unsure", "disagree", "general", "specific-issue", "other");

    /** The built-in page-feedback form, English and Welsh. */
    public static final FormDefinition PAGE_FEEDBACK = seed();

    /** The questionnaire's ideas, by code (the slug of each text), in their order (REFERENCE section 5). */
    private static final List<String> IDEAS = List.of(
            "data-tool-collaboration",
            "improving-data-quality",
            "facilitating-information-sharing",
            "making-sense-of-case-management-systems",
            "making-sense-of-ai-rpa-and-other-advanced-and-integrative-software",
            "influencing-technology-markets",
            "curating-technical-standards",
            "advocacy-across-internal-hierarchies",
            "supporting-professional-development",
            "helping-leadership-to-expect-excellence",
            "redefining-cross-sector-collaboration",
            "responding-to-large-scale-change",
            "discovering-what-works");

    /** The questionnaire's activities, by heading, three under each, in their order. */
    private static final Map<String, List<String>> ACTIVITIES = activities();

    private static Map<String, List<String>> activities() {
        Map<String, List<String>> activities = new LinkedHashMap<>();
        activities.put("data-tool-collaboration", List.of(
                "maintaining-and-continuously-developing-key-products-which-the-sector-can-rely-on",
                "advising-local-authority-users-on-best-practice-in-using-and-developing-shared-tools",
                "facilitating-collaborative-design-and-development-of-future-shared-tools"));
        activities.put("improving-data-quality", List.of(
                "providing-data-quality-tools-and-methods-and-driving-improvement",
                "defining-suitable-data-quality-standards-and-best-practices-for-the-sector",
                "balancing-and-explaining-the-elements-of-data-quality-and-data-maturity-in-las"));
        activities.put("facilitating-information-sharing", List.of(
                "promoting-good-practice-in-information-sharing",
                "detailing-relevant-statutory-duties-and-legislation-for-easy-reference-by-las",
                "advocating-for-national-policy-ensuring-information-sharing-works-for-our-sector"));
        activities.put("procurement-and-configuration", List.of(
                "improving-typical-procurement-practice-and-other-cms-related-activity",
                "sharing-and-hosting-good-practice-in-system-configuration-and-operation",
                "challenging-the-existing-market-with-new-approaches-to-procurement-development"));
        activities.put("advanced-technology", List.of(
                "surveying-the-technology-landscape-and-developing-adoption-approaches",
                "explaining-options-to-local-authorities-including-how-to-guidance-and-training",
                "advocating-for-good-practice-with-strategies-for-ai-rpa-and-other-technologies"));
        activities.put("influencing-technology-markets", List.of(
                "convening-local-authorities-to-reach-actionable-consensus-on-market-issues",
                "liaising-with-central-government-to-scope-useful-policy-instruments",
                "engaging-with-suppliers-to-maintain-dialogue-on-mutually-beneficial-behaviours"));
        activities.put("curating-standards", List.of(
                "curating-relevant-technical-and-data-standards-for-our-sector",
                "managing-processes-for-changes-to-relevant-standards",
                "interacting-with-cross-government-standards-work-to-help-it-meet-our-needs"));
        activities.put("advocacy-across-hierarchies", List.of(
                "advocating-for-technical-functions-to-senior-leaders-and-practitioners",
                "supporting-solutions-which-will-work-in-varied-structural-contexts",
                "identifying-effective-delivery-routes-for-beneficial-changes-and-support-offers"));
        activities.put("supporting-professional-development", List.of(
                "signposting-learning-opportunities-which-meet-real-needs",
                "developing-provision-to-meet-critical-sector-needs-eg-training-and-specialist-capacity",
                "establishing-professional-standards-for-the-sector"));
        activities.put("helping-leadership-to-expect-excellence", List.of(
                "developing-senior-leaders-to-maintain-high-quality-local-data-and-digital-functions",
                "defining-standard-cross-sector-expectations-of-local-data-functions",
                "enabling-professionals-and-peers-to-assess-local-data-and-digital-maturity"));
        activities.put("redefining-cross-sector-collaboration", List.of(
                "co-ordinating-the-sectors-cross-government-data-digital-change-processes",
                "hosting-funding-and-creating-sector-resources-shared-across-levels-of-government",
                "helping-local-authorities-appropriately-relate-national-policy-to-local-delivery"));
        activities.put("responding-to-large-scale-change", List.of(
                "helping-las-and-government-navigate-the-data-and-digital-challenge-of-change",
                "testing-support-approaches-to-identify-those-which-actually-work-for-las",
                "negotiating-across-hierarchies-including-local-and-national-on-the-change-agenda"));
        activities.put("discovering-what-works", List.of(
                "mapping-innovation-and-improvement-activity-relevant-to-the-sector",
                "connecting-colleagues-with-partners-and-resources-relevant-to-their-problems",
                "evaluating-practices-to-understand-effectiveness-in-improving-outcomes-for-children"));
        return activities;
    }

    /** The built-in questionnaire (the existing site's "MainFeedback"), English. */
    public static final FormDefinition QUESTIONNAIRE = questionnaire();

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

    /** The page form's texts (every text of the bundle but the questionnaire's own), by language. */
    private static Map<String, Map<String, String>> pageTexts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<String, String> page = new LinkedHashMap<>(Bundles.load(BUNDLE, language));
            page.keySet().removeIf(key -> key.startsWith(QUESTIONNAIRE_KEYS));
            texts.put(language, page);
        }
        return texts;
    }

    /**
     * The questionnaire's texts by language: the page form's (it asks the same roles and
     * reflections), with the questionnaire's own over them. Where the questionnaire says something
     * else in English and not in another language, that language has no text for it: the page
     * form's would be a translation of other words.
     */
    private static Map<String, Map<String, String>> questionnaireTexts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        Map<String, String> english = Bundles.load(BUNDLE, "en");
        for (String language : LANGUAGES) {
            Map<String, String> all = Bundles.load(BUNDLE, language);
            Map<String, String> form = new LinkedHashMap<>(all);
            form.keySet().removeIf(key -> key.startsWith(QUESTIONNAIRE_KEYS)
                    || (english.containsKey(QUESTIONNAIRE_KEYS + key) && !all.containsKey(QUESTIONNAIRE_KEYS + key)));
            all.forEach((key, text) -> {
                if (key.startsWith(QUESTIONNAIRE_KEYS)) {
                    form.put(key.substring(QUESTIONNAIRE_KEYS.length()), text);
                }
            });
            texts.put(language, form);
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
        return new FormDefinition.Builder("Feedback", ids, pageTexts())
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
        Map<String, String> english = pageTexts().get("en");
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

    /**
     * The existing site's general questionnaire (REFERENCE section 5): role, organisation and email
     * address; two scores from 1 to 5 for each of 13 ideas; a checklist of 39 activities under 13
     * headings; a reflection and open comments. Codes are the slugs the existing site makes of each
     * text; every text is in the questionnaire's bundle.
     */
    private static FormDefinition questionnaire() {
        Map<String, Map<String, String>> texts = questionnaireTexts();
        Map<String, String> english = texts.get("en");
        List<Option> ideas = IDEAS.stream().map(code -> Option.of(code, english.get("option.rank_usefulness." + code)))
                .toList();
        List<Option> activities = new ArrayList<>();
        ACTIVITIES.forEach((heading, codes) -> {
            OptionGroup group = new OptionGroup(heading, english.get("group." + heading));
            codes.forEach(code -> activities.add(Option.of(code, english.get("option.activities." + code), group)));
        });
        ElementIds ids = new ElementIds("main-feedback", "main-form", "mf-heading", "mf-page", "mf_hp", "mf-ok", "mf-err",
                "main-error-summary");
        ChoiceQuestion roles = seedRoles();
        ChoiceQuestion reflections = (ChoiceQuestion) PAGE_FEEDBACK.question("nature").orElseThrow();
        return new FormDefinition.Builder("MainFeedback", ids, texts)
                .question(new TextQuestion(FormDefinition.PAGE, "mf-page", TextQuestion.Format.PAGE, true, 0,
                        FormDefinition.MAX_PAGE, "", 0))
                .question(new ChoiceQuestion("role", "mf-role", true, roles.options()))
                .question(new TextQuestion("org", "mf-org", TextQuestion.Format.LINE, false, 0, 200, "organization", 0))
                .question(new TextQuestion("email", "mf-email", TextQuestion.Format.EMAIL, false, 0,
                        FormDefinition.MAX_EMAIL, "email", 0))
                .question(new RatingQuestion("rank_usefulness", "use", false, ideas, 1, 5))
                .question(new RatingQuestion("rank_likelihood", "like", false, ideas, 1, 5))
                .question(new ChecklistQuestion("activities", "act", false, activities))
                .question(new ChoiceQuestion("nature", "mf-nature", false, reflections.options()))
                .question(new TextQuestion("comments", "mf-comments", TextQuestion.Format.LINES, false, 0, 5000, "", 5))
                .acceptedKeys("section")
                .languages(FormDefinition.ENGLISH)
                .build();
    }

    /** The role question of the seed form, for forms that ask the same roles. */
    public static ChoiceQuestion seedRoles() {
        return (ChoiceQuestion) PAGE_FEEDBACK.question("role").orElseThrow();
    }
}
