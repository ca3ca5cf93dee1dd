package io.github.consultation.spring;

import io.github.consultation.host.ConsultationHost;
import io.github.consultation.host.PageForm;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.ColourPolicy;
import io.github.consultation.pages.ElementClasses;
import io.github.consultation.pages.MarkdownDialect;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
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
 * start by the library's host kit ({@link ConsultationHost}); the default language's are the
 * application's beans (its own, if it declares them). What a request is shown and answered in is
 * the language of its locale, or the default. Immutable.
 */
public final class ConsultationLanguages {
    /** One language's form, validator and pages. */
    public record Language(Locale locale, FormRenderer form, FeedbackValidator validator, Optional<RenderedSite> site) {
    }

    private final Map<String, Language> languages;
    private final Language fallback;
    private final ConsultationHost host;
    private final String basePath;

    ConsultationLanguages(Map<String, Language> languages, Language fallback, ConsultationHost host, String basePath) {
        this.languages = Map.copyOf(languages);
        this.fallback = fallback;
        this.host = host;
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

    /** The host kit: every renderer and validator, the site's pages, and each submission's reply. */
    public ConsultationHost host() {
        return host;
    }

    /** The flow every submission goes through, with a validator per language. */
    public SubmissionFlow flow() {
        return host.flow();
    }

    /** The path the pages are served under, ending with a slash. */
    public String basePath() {
        return basePath;
    }

    /** What the starter builds each language from; the questionnaire when the site has one. */
    record Parts(FormDefinition definition, Optional<FormDefinition> questionnaire, Theme theme, String jsonEndpoint,
            Optional<FormTokens> tokens, ConsultationSite site, String basePath, ConsultationTexts texts) {
    }

    /** The one recipe of the starter's kit: the forms, the theme, the application's texts first, tokens. */
    private static ConsultationHost.Builder kit(Parts p, Locale defaultLocale) {
        ConsultationHost.Builder kit = ConsultationHost.builder().form(p.definition()).theme(p.theme())
                .jsonEndpoint(p.jsonEndpoint()).defaultLanguage(defaultLocale).texts(p.texts()::overrides);
        p.questionnaire().ifPresent(kit::form);
        p.tokens().ifPresent(kit::formTokens);
        return kit;
    }

    /** The page form's renderer in {@code locale}, the application's texts first. */
    static FormRenderer form(Parts p, Locale locale) {
        return kit(p, locale).build().renderer(locale);
    }

    /**
     * A page renderer around {@code form} (and the questionnaire in {@code locale}, or in its own
     * first language if it does not speak that one): links from the base path, authors' colours readable.
     */
    static PageRenderer pages(Parts p, FormRenderer form, Locale locale) {
        return pages(p, form, locale, p.questionnaire().isEmpty() ? null : kit(p, locale).build());
    }

    private static PageRenderer pages(Parts p, FormRenderer form, Locale locale, ConsultationHost kit) {
        PageRenderer.Builder b = PageRenderer.builder().form(form).linkBase(p.basePath())
                .dialect(p.site().folder().map(SiteFolder.Site::dialect).orElse(MarkdownDialect.COMMONMARK))
                .elementClasses(p.theme() == Theme.GOVUK ? ElementClasses.GOVUK : ElementClasses.NONE)
                .colours(ColourPolicy.ADJUST);
        p.questionnaire().ifPresent(q -> b.questionnaire(kit.renderer(q.tab(), locale)));
        return b.build();
    }

    /** The site rendered with {@code pages}, if there are pages. */
    static Optional<RenderedSite> site(Parts p, PageRenderer pages) {
        return p.site().folder().map(folder -> RenderedSite.render(folder.consultation(), pages));
    }

    /**
     * Each page of the site with one of the kit's forms: its address under the base path, its form's
     * tab and variant. (A page renderer of the application's own may carry another form: its pages
     * are left out, and the kit's forms take any page.) A page that asks for the questionnaire the site
     * does not have takes no feedback (a form post to it is refused before the kit sees it): it is
     * known with the variant that takes none, so that the JSON a script posts for it is refused
     * ({@code form-closed}, 422) rather than kept under the page form.
     */
    private static List<PageForm> pageForms(Parts p, Optional<RenderedSite> site) {
        List<String> tabs = new ArrayList<>(List.of(p.definition().tab()));
        p.questionnaire().ifPresent(q -> tabs.add(q.tab()));
        List<PageForm> pages = new ArrayList<>();
        site.ifPresent(s -> {
            for (RenderedPage page : s.pages()) {
                String tab = page.form().definition().tab();
                if (tabs.contains(tab)) {
                    page.formVariant().ifPresent(v -> pages.add(new PageForm(s.href(page.page()), tab,
                            ConsultationMvc.asksForMissingQuestionnaire(s, page, p.definition().tab()) ? FormVariant.DEMO : v)));
                }
            }
        });
        return pages;
    }

    /** The page form's validator in {@code locale}, knowing the site's pages (at the base path) and their forms. */
    static FeedbackValidator validator(Parts p, Locale locale, Optional<RenderedSite> site) {
        return kit(p, locale).build().withPages(pageForms(p, site)).flow().validator(List.of(locale));
    }

    /**
     * Every language of the definition: the default one from the given beans, the others from the
     * kit, each with its site rendered around its form.
     */
    static ConsultationLanguages build(Parts p, Locale defaultLocale, FormRenderer form, FeedbackValidator validator,
            Optional<RenderedSite> site) {
        ConsultationHost host = kit(p, defaultLocale).renderer(form).validator(validator).build()
                .withPages(pageForms(p, site));
        Language fallback = new Language(defaultLocale, form, validator, site);
        Map<String, Language> all = new LinkedHashMap<>();
        all.put(defaultLocale.getLanguage(), fallback);
        for (Locale language : host.languages()) {
            if (!all.containsKey(language.getLanguage())) {
                FormRenderer f = host.renderer(language);
                Optional<RenderedSite> s = site(p, pages(p, f, language, host));
                all.put(language.getLanguage(), new Language(language, f, host.flow().validator(List.of(language)), s));
            }
        }
        return new ConsultationLanguages(all, fallback, host, p.basePath());
    }
}
