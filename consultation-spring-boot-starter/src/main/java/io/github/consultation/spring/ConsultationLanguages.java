package io.github.consultation.spring;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.ColourPolicy;
import io.github.consultation.pages.ElementClasses;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.FormTokens;
import io.github.consultation.validate.SubmissionFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The form, its validator and the rendered pages in each language the form speaks, built once at
 * start; the default language's are the application's beans (its own, if it declares them). What
 * a request is shown and answered in is the language of its locale, or the default. Immutable.
 */
public final class ConsultationLanguages {
    /** One language's form, validator and pages. */
    public record Language(Locale locale, FormRenderer form, FeedbackValidator validator, Optional<RenderedSite> site) {
    }

    private final Map<String, Language> languages;
    private final Language fallback;
    private final SubmissionFlow flow;
    private final String basePath;

    ConsultationLanguages(Map<String, Language> languages, Language fallback, SubmissionFlow flow, String basePath) {
        this.languages = Map.copyOf(languages);
        this.fallback = fallback;
        this.flow = flow;
        this.basePath = basePath;
    }

    /** The language for {@code locale}: its own, or the default. */
    public Language of(Locale locale) {
        return languages.getOrDefault(Objects.requireNonNull(locale, "locale").getLanguage(), fallback);
    }

    /** The default language's. */
    public Language fallback() {
        return fallback;
    }

    /** The flow every submission goes through, with a validator per language. */
    public SubmissionFlow flow() {
        return flow;
    }

    /** The path the pages are served under, ending with a slash. */
    public String basePath() {
        return basePath;
    }

    /** What the starter builds each language from; the questionnaire when the site has one. */
    record Parts(FormDefinition definition, Optional<FormDefinition> questionnaire, Theme theme, String jsonEndpoint,
            Optional<FormTokens> tokens, ConsultationSite site, String basePath, ConsultationTexts texts) {
    }

    /** A form renderer in {@code locale}, the application's texts first. */
    static FormRenderer form(Parts p, Locale locale) {
        return form(p, p.definition(), locale);
    }

    /** A renderer of {@code definition} (the page form's or the questionnaire's) in {@code locale}. */
    private static FormRenderer form(Parts p, FormDefinition definition, Locale locale) {
        return FormRenderer.builder().form(definition).theme(p.theme()).locale(locale)
                .texts(p.texts().overrides(definition, locale)).jsonEndpoint(p.jsonEndpoint())
                .errorSummaryInForm(p.theme() != Theme.GOVUK).build();
    }

    /**
     * A page renderer around {@code form} (and the questionnaire in {@code locale}, or in its own
     * first language if it does not speak that one): links from the base path, authors' colours readable.
     */
    static PageRenderer pages(Parts p, FormRenderer form, Locale locale) {
        PageRenderer.Builder b = PageRenderer.builder().form(form).linkBase(p.basePath())
                .dialect(p.site().folder().map(SiteFolder.Site::dialect).orElse(io.github.consultation.pages.MarkdownDialect.COMMONMARK))
                .elementClasses(p.theme() == Theme.GOVUK ? ElementClasses.GOVUK : ElementClasses.NONE)
                .colours(ColourPolicy.ADJUST);
        p.questionnaire().ifPresent(q -> b.questionnaire(form(p, q, spoken(q, locale))));
        return b.build();
    }

    /** {@code locale} if {@code definition} speaks its language, else the definition's first language. */
    private static Locale spoken(FormDefinition definition, Locale locale) {
        return definition.languages().stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(definition.languages().get(0));
    }

    /** The site rendered with {@code pages}, if there are pages. */
    static Optional<RenderedSite> site(Parts p, PageRenderer pages) {
        return p.site().folder().map(folder -> RenderedSite.render(folder.consultation(), pages));
    }

    /** A validator in {@code locale} that knows the site's pages (at the base path) and their forms. */
    static FeedbackValidator validator(Parts p, Locale locale, Optional<RenderedSite> site) {
        return validator(p, p.definition(), locale, site);
    }

    /** A validator of {@code definition} in {@code locale} that knows the site's pages carrying that form. */
    private static FeedbackValidator validator(Parts p, FormDefinition definition, Locale locale, Optional<RenderedSite> site) {
        FeedbackValidator.Builder b = FeedbackValidator.builder().form(definition).locale(locale)
                .texts(p.texts().overrides(definition, locale));
        p.tokens().ifPresent(b::formTokens);
        site.ifPresent(s -> {
            for (RenderedPage page : s.pages()) {
                if (page.form().definition().tab().equals(definition.tab())) {
                    page.formVariant().ifPresent(v -> b.page(p.basePath() + page.page().slug(), v));
                }
            }
        });
        return b.build();
    }

    /**
     * Every language of the definition: the default one from the given beans, the others built the
     * same way the starter builds the defaults.
     */
    static ConsultationLanguages build(Parts p, Locale defaultLocale, FormRenderer form, FeedbackValidator validator,
            Optional<RenderedSite> site) {
        Language fallback = new Language(defaultLocale, form, validator, site);
        Map<String, Language> all = new LinkedHashMap<>();
        all.put(defaultLocale.getLanguage(), fallback);
        List<FeedbackValidator> validators = new ArrayList<>(List.of(validator));
        for (Locale language : p.definition().languages()) {
            if (!all.containsKey(language.getLanguage())) {
                FormRenderer f = form(p, language);
                Optional<RenderedSite> s = site(p, pages(p, f, language));
                FeedbackValidator v = validator(p, language, s);
                all.put(language.getLanguage(), new Language(language, f, v, s));
                validators.add(v);
            }
        }
        // The questionnaire's validators know the pages that carry it; any language's site has the same pages.
        p.questionnaire().ifPresent(q -> q.languages().forEach(language -> validators.add(validator(p, q, language, site))));
        SubmissionFlow.Builder flow = SubmissionFlow.builder();
        validators.forEach(flow::validator);
        return new ConsultationLanguages(all, fallback, flow.build(), p.basePath());
    }
}
