package io.github.consultation.examples;

import io.github.consultation.definition.ConsultationDefinition;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.pages.ColourPolicy;
import io.github.consultation.pages.ElementClasses;
import io.github.consultation.pages.MarkdownDialect;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.host.ConsultationHost;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the demo serves, made once from one definition so that the forms, their validators, the
 * store and the admin views never disagree: the pages (rendered at start) and the library's host
 * kit ({@link ConsultationHost}: a renderer and a validator per form and language, the flow, and
 * the answer to each submission), which knows the site's pages. Immutable.
 *
 * <pre>{@code
 * Site site = Site.load(settings, Optional.of(Path.of("pages")), false);
 * }</pre>
 *
 * @param definitions the site's forms (the page form, the questionnaire, any other the definition
 *     file gives), which pages carry which, and the site's name
 * @param pages the site's pages and images
 * @param host the host kit for every form, knowing the site's pages (unless it takes any page)
 * @param locale the site's language, one its definition speaks
 */
record Site(ConsultationDefinition definitions, SitePages pages, ConsultationHost host, Locale locale) {
    /**
     * Loads the site: the pages in {@code folder} (with its definition file and, for a MkDocs
     * project, its navigation and dialect), or the sample pages in the jar, rendered with the kit's
     * forms in the settings' theme and language. With {@code anyPage}, feedback for any page is
     * taken (a receiver for another site's script); else only for the site's pages, each checked
     * with the form it carries and answered in the site's language.
     *
     * @throws IOException if the folder cannot be read, or its definition file or mkdocs.yml has a
     *     problem (a {@link io.github.consultation.definition.SiteFileException} names each), or the
     *     definition does not speak the settings' language
     */
    static Site load(ServerSettings settings, Optional<Path> folder, boolean anyPage) throws IOException {
        return load(settings, folder, anyPage, Options.SERVED);
    }

    /**
     * How a site is loaded beyond the server's settings.
     *
     * @param basePath the path the site is served under, ending with {@code /}; empty for the
     *     site's own (a MkDocs project's {@code site_url} path, else {@code /})
     * @param strict whether a Markdown extension the library does not follow refuses the site
     * @param endpoint where the forms post, with and without scripts (a full address, a path, or a
     *     path relative to the base path); empty for the server's own JSON endpoint with scripts and
     *     the page's own address without (a static export names one)
     * @param tokenEndpoint where a static copy's forms fetch their signed form token (a Spring Boot
     *     starter's {@code <endpoint>/token}); empty for none
     */
    record Options(Optional<String> basePath, boolean strict, Optional<String> endpoint, Optional<String> tokenEndpoint) {
        /** A site served by this server under its own base path, extensions it does not follow warned about. */
        static final Options SERVED = new Options(Optional.empty(), false, Optional.empty(), Optional.empty());

        /** Options without a token endpoint. */
        Options(Optional<String> basePath, boolean strict, Optional<String> endpoint) {
            this(basePath, strict, endpoint, Optional.empty());
        }
    }

    /**
     * Loads the site as {@link #load(ServerSettings, Optional, boolean)} does, under the base path
     * and with the endpoint that {@code options} give.
     *
     * @throws IOException as {@link #load(ServerSettings, Optional, boolean)} does, and if the base
     *     path is not a path that starts and ends with {@code /}
     */
    static Site load(ServerSettings settings, Optional<Path> folder, boolean anyPage, Options options) throws IOException {
        SiteFolder.Site loaded = folder.isPresent() ? SiteFolder.load(folder.get(), options.strict()) : null;
        ConsultationDefinition definitions = loaded != null ? loaded.definition() : ConsultationDefinition.builtIn();
        String base = options.basePath().orElse(loaded != null ? loaded.basePath() : "/");
        if (!base.startsWith("/") || !base.endsWith("/") || base.contains("//") || base.contains("..")) {
            throw new IOException("the base path must start and end with /, such as /consultation/: '" + base + "'");
        }
        Locale locale = settings.locale();
        if (definitions.languages().stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            throw new IOException("--locale " + locale.toLanguageTag() + ": the site speaks "
                    + String.join(", ", definitions.languages().stream().map(Locale::toLanguageTag).toList()));
        }
        String endpoint = options.endpoint().map(e -> e.startsWith("/") || e.contains("://") ? e : base + e)
                .orElse(base + FeedbackApi.PATH.substring(1));
        ConsultationHost.Builder kit = ConsultationHost.builder().theme(settings.theme()).defaultLanguage(locale)
                .jsonEndpoint(endpoint);
        definitions.forms().values().forEach(kit::form);
        if (options.endpoint().isPresent()) {
            // A static copy's forms post to the endpoint without scripts too: the kit's renderers with that action.
            for (FormDefinition form : definitions.forms().values()) {
                for (Locale language : form.languages()) {
                    kit.renderer(FormRenderer.builder().form(form).theme(settings.theme()).locale(language)
                            .jsonEndpoint(endpoint).action(endpoint).errorSummaryInForm(settings.theme() != Theme.GOVUK)
                            .tokenEndpoint(options.tokenEndpoint().orElse(""))
                            .build());
                }
            }
        }
        if (!anyPage) {
            // Every page of the site is in the site's language: the answer is in that language
            // whatever the reader's browser asks for.
            kit.pageLanguage(page -> Optional.of(locale));
        }
        ConsultationHost host = kit.build();
        PageRenderer.Builder renderer = PageRenderer.builder()
                .dialect(loaded != null ? loaded.dialect() : MarkdownDialect.COMMONMARK)
                .extensions(loaded != null ? loaded.extensions() : List.of()).linkBase(base)
                .colours(ColourPolicy.ADJUST)
                .elementClasses(settings.theme() == Theme.GOVUK ? ElementClasses.GOVUK : ElementClasses.NONE)
                .reserveIds(Layout.MAIN_ID);
        ConsultationHost kitted = host;
        definitions.forms().forEach((name, form) -> renderer.form(name, kitted.renderer(form.tab(), locale)));
        SitePages pages = loaded != null ? SitePages.fromFolder(loaded, renderer.build())
                : SitePages.bundled(renderer.build());
        if (!anyPage) {
            host = host.withPages(pages.pageForms());
        }
        return new Site(definitions, pages, host, locale);
    }

    /** The page form: what pages carry unless they say otherwise. */
    FormDefinition definition() {
        return definitions.form();
    }

    /**
     * The questionnaire (the file's, else the existing site's), when some page of the site carries
     * it: the admin views show it only then.
     */
    Optional<FormDefinition> questionnaire() {
        return definitions.form(ConsultationDefinition.QUESTIONNAIRE).filter(q -> pages.carries(q.tab()));
    }

    /** The texts of the site (its page form's, which every page layout and admin view reads) in its language. */
    FormTexts texts() {
        return definition().texts(locale);
    }

    /** The site's name in its language: the definition's, a MkDocs project's, the sample's, or the library's word for one. */
    String name() {
        return definitions.name(locale).orElseGet(() -> pages.name().orElseGet(() -> texts().get("layout.untitled")));
    }

    /** The page form in the site's language. */
    FormRenderer form() {
        return host.renderer(locale);
    }

    /** The flow every submission goes through. */
    SubmissionFlow flow() {
        return host.flow();
    }

    /** A store on {@code dataSource} for every form of the site, its schema brought up to date. */
    FeedbackStore openStore(DataSource dataSource, Duration duplicateWindow) throws SQLException {
        FeedbackStore.Builder store = FeedbackStore.builder(dataSource).form(definition()).duplicateWindow(duplicateWindow);
        definitions.forms().values().stream().filter(f -> !f.equals(definition())).forEach(store::alsoForm);
        return store.build();
    }

    /** The form of {@code definition} in {@code theme} and {@code locale}, as the command line prints it. */
    static FormRenderer form(FormDefinition definition, Theme theme, Locale locale) {
        // GOV.UK puts the error summary at the top of the main content; the others keep it in the form.
        return FormRenderer.builder().form(definition).theme(theme).locale(locale).jsonEndpoint(FeedbackApi.PATH)
                .errorSummaryInForm(theme != Theme.GOVUK).build();
    }
}
