package io.github.consultation.definition;

import io.github.consultation.model.FormDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a consultation's definition file says: its forms by name (the page form, which pages
 * carry unless they say otherwise, and any others such as a questionnaire), which pages carry
 * which form, and the site's name, in every language. Without a file, {@link #builtIn()}: the
 * library's page form and the existing site's questionnaire. Immutable and safe to share between
 * threads.
 *
 * <pre>{@code
 * ConsultationDefinition definition = FormDefinitionFile.readConsultation(Path.of("docs/feedback-form.yml"));
 * FormDefinition pageForm = definition.form();
 * definition.formFor("feedback.md");        // Optional[questionnaire], as its pages: says
 * definition.name(Locale.forLanguageTag("cy"));   // the site's name in Welsh, if the file gives one
 * }</pre>
 */
public final class ConsultationDefinition {
    /** The name of the form pages carry unless they say otherwise. */
    public static final String PAGE_FORM = "page";
    /** The name of the questionnaire: the existing site's unless the file defines its own. */
    public static final String QUESTIONNAIRE = "questionnaire";
    /** What a page carries, or a folder's pages, when they carry no form. */
    public static final String NONE = "none";

    private static final ConsultationDefinition BUILT_IN = of(FormDefinition.pageFeedback());

    private final Map<String, FormDefinition> forms;
    private final Map<String, String> names;
    private final Map<String, String> pages;
    private final List<SiteFileException.Problem> warnings;
    private final List<SiteFileException.Problem> untranslated;
    private final Map<String, SiteFileException.Problem> pagePlaces;

    ConsultationDefinition(Map<String, FormDefinition> forms, Map<String, String> names,
            Map<String, String> pages, List<SiteFileException.Problem> warnings,
            List<SiteFileException.Problem> untranslated, Map<String, SiteFileException.Problem> pagePlaces) {
        Map<String, FormDefinition> ordered = new LinkedHashMap<>();
        ordered.put(PAGE_FORM, Objects.requireNonNull(forms.get(PAGE_FORM), "the page form"));
        ordered.putAll(forms);
        if (!ordered.containsKey(QUESTIONNAIRE)) {
            ordered.put(QUESTIONNAIRE, FormDefinition.questionnaire());
        }
        this.forms = Collections.unmodifiableMap(ordered);
        this.names = Map.copyOf(names);
        this.pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
        this.warnings = List.copyOf(warnings);
        this.untranslated = List.copyOf(untranslated);
        this.pagePlaces = Map.copyOf(pagePlaces);
    }

    /** The library's page form and the existing site's questionnaire, with no rule for pages and no name. */
    public static ConsultationDefinition builtIn() {
        return BUILT_IN;
    }

    /** {@code pageForm} as the page form, with the existing site's questionnaire, no rule for pages and no name. */
    public static ConsultationDefinition of(FormDefinition pageForm) {
        return new ConsultationDefinition(Map.of(PAGE_FORM, Objects.requireNonNull(pageForm, "pageForm")), Map.of(),
                Map.of(), List.of(), List.of(), Map.of());
    }

    /** The page form: what every page carries unless it, or the file, says otherwise. */
    public FormDefinition form() {
        return forms.get(PAGE_FORM);
    }

    /** The form called {@code name}, if there is one. */
    public Optional<FormDefinition> form(String name) {
        return Optional.ofNullable(forms.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Every form by name, the page form first and the questionnaire among them (the existing
     * site's when the file defines none): the forms a page may name.
     */
    public Map<String, FormDefinition> forms() {
        return forms;
    }

    /** The languages of the page form, the first being that of its options' own texts. */
    public List<Locale> languages() {
        return form().languages();
    }

    /**
     * The site's name in {@code locale}'s language (or, if the file gives none in that language,
     * in its first), if the file gives one.
     */
    public Optional<String> name(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String name = names.get(locale.getLanguage());
        return Optional.ofNullable(name != null ? name : names.get(languages().get(0).getLanguage()));
    }

    /**
     * What the file says the page in {@code file} (its path from the pages' folder, such as
     * {@code proposal/costs.md}) carries: a form's name, or {@link #NONE}. The page's own rule
     * first, then its nearest folder's ({@code proposal/}), then every page's ({@code /}); empty
     * when the file says nothing of it. A page's own marker or front matter ({@code feedback:})
     * say more than the file.
     */
    public Optional<String> formFor(String file) {
        Objects.requireNonNull(file, "file");
        String path = file.replace('\\', '/');
        String exact = pages.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String folder = folderOf(path); ; folder = folderOf(folder.substring(0, folder.length() - 1))) {
            String rule = pages.get(folder.isEmpty() ? "/" : folder);
            if (rule != null) {
                return Optional.of(rule);
            }
            if (folder.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /** {@code a/b/c.md} to {@code a/b/}; a path at the top to the empty string. */
    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Every rule of the file for pages, by page, folder or {@code /}, in the file's order. */
    public Map<String, String> pages() {
        return pages;
    }

    /**
     * What the file says that it still reads but would rather have written otherwise (an old key,
     * an old text name), each with its line and column.
     */
    public List<SiteFileException.Problem> warnings() {
        return warnings;
    }

    /**
     * Each rule of {@link #pages()} that names a page or folder the site does not have, where it
     * stands in the file: the file alone cannot know, the folder of pages can. {@code exists} says
     * whether a rule's path (a page's file such as {@code proposal/costs.md}, or a folder such as
     * {@code proposal/}) is one of the site's; the rule for every page, {@code /}, always is.
     *
     * <pre>{@code
     * definition.unknownPages(rule -> Files.exists(folder.resolve(rule)));
     * }</pre>
     */
    public List<SiteFileException.Problem> unknownPages(java.util.function.Predicate<String> exists) {
        Objects.requireNonNull(exists, "exists");
        List<SiteFileException.Problem> unknown = new java.util.ArrayList<>();
        pages.keySet().stream().filter(rule -> !rule.equals("/") && !exists.test(rule)).forEach(rule -> {
            SiteFileException.Problem at = pagePlaces.get(rule);
            String message = "pages: '" + rule + "' is no " + (rule.endsWith("/") ? "folder" : "page") + " of the site;"
                    + " name a page's file from the pages' folder (such as proposal/costs.md), a folder ending in /"
                    + " (proposal/), or / for every page";
            unknown.add(new SiteFileException.Problem(at == null ? "" : at.file(), at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), message));
        });
        return unknown;
    }

    /**
     * For each form and each language the file bases on another ({@code {code: fr, base: en}}), at
     * that language's entry of {@code languages}: how many of the form's texts it has none of its
     * own for, which are shown in the base language ({@link FormDefinition#untranslated} lists
     * them). Empty when every language has all its texts.
     */
    public List<SiteFileException.Problem> untranslated() {
        return untranslated;
    }

    @Override
    public String toString() {
        return "ConsultationDefinition" + forms.keySet();
    }
}
