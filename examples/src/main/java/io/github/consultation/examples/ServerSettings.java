package io.github.consultation.examples;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.ColourPolicy;
import io.github.consultation.pages.ElementClasses;
import io.github.consultation.pages.MarkdownDialect;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the demo server needs. Every field has a working default but the site, the flow and the
 * store, which {@link #site} and {@link #useValidators} set up from the same definition, so that
 * the form, its validators and the admin views never disagree.
 */
final class ServerSettings {
    /** The defaults of the rate limits, stated once for the command's help, the README and the server. */
    static final int RATE_BURST = 10;
    static final double RATE_PER_MINUTE = 6;
    static final int REFUSED_BURST = 60;
    static final double REFUSED_PER_MINUTE = 60;

    String host = "127.0.0.1";
    int port = 8080;
    int threads = 16;
    int queue = 256;
    Theme theme = Theme.ORIGIN;
    /** The language of the site: its pages, forms and answers. */
    Locale locale = Locale.ENGLISH;
    /** The form every page carries, from which the renderer, validators, store and admin views follow. */
    FormDefinition definition = FormDefinition.pageFeedback();
    /** The site's questionnaire, for the pages that carry it (the existing site's, built in). */
    FormDefinition questionnaire = FormDefinition.questionnaire();
    SitePages pages;
    FormRenderer form;
    SubmissionFlow flow;
    FeedbackStore store;
    List<String> allowedOrigins = new ArrayList<>();
    List<String> trustedProxies = new ArrayList<>();
    /** Accepted submissions a client may send at once; 0 turns rate limiting off. */
    int rateBurst = RATE_BURST;
    /** Accepted submissions a client may send per minute once its burst is spent. */
    double ratePerMinute = RATE_PER_MINUTE;
    /**
     * Refused submissions (errors to correct) a client may send at once, and per minute after: a
     * separate, more generous budget, so that a reader correcting mistakes never meets the limit.
     */
    int refusedBurst = REFUSED_BURST;
    double refusedPerMinute = REFUSED_PER_MINUTE;
    int rateClients = 10_000;
    String adminPassword;
    Duration grace = Duration.ofSeconds(10);
    Clock clock = Clock.systemUTC();
    PrintStream log = System.err;

    /**
     * Loads the site: the pages in {@code folder} (with its definition file and, for a MkDocs
     * project, its navigation and dialect), or the sample pages in the jar; then the form in the
     * settings' theme and language, and the validators.
     *
     * @throws IOException if the folder cannot be read, or its definition file or mkdocs.yml has a
     *     problem (a {@link io.github.consultation.definition.SiteFileException} names each)
     */
    void site(Optional<Path> folder, boolean anyPage) throws IOException {
        if (folder.isPresent()) {
            SiteFolder.Site site = SiteFolder.load(folder.get());
            definition = site.form();
            form = form(definition, theme, locale);
            pages = SitePages.fromFolder(site, pageRenderer(site.dialect()));
        } else {
            definition = FormDefinition.pageFeedback();
            form = form(definition, theme, locale);
            pages = SitePages.bundled(pageRenderer(MarkdownDialect.COMMONMARK));
        }
        useValidators(anyPage);
    }

    /** A store on {@code dataSource} for both the site's forms, its schema brought up to date. */
    FeedbackStore openStore(javax.sql.DataSource dataSource, Duration duplicateWindow) throws java.sql.SQLException {
        return FeedbackStore.builder(dataSource).form(definition).alsoForm(questionnaire).duplicateWindow(duplicateWindow)
                .build();
    }

    /** The form of {@code definition} in {@code theme} and {@code locale}, posting JSON to the server's endpoint when scripts run. */
    static FormRenderer form(FormDefinition definition, Theme theme, Locale locale) {
        // GOV.UK puts the error summary at the top of the main content; the others keep it in the form.
        return FormRenderer.builder().form(definition).theme(theme).locale(locale).jsonEndpoint(FeedbackApi.PATH)
                .errorSummaryInForm(theme != Theme.GOVUK).build();
    }

    /** A renderer of pages with this server's forms; authors' colours are adjusted until they can be read. */
    PageRenderer pageRenderer(MarkdownDialect dialect) {
        return PageRenderer.builder().dialect(dialect).form(form).questionnaire(form(questionnaire, theme, locale))
                .colours(ColourPolicy.ADJUST)
                .elementClasses(theme == Theme.GOVUK ? ElementClasses.GOVUK : ElementClasses.NONE)
                .reserveIds(Layout.MAIN_ID).build();
    }

    /**
     * The submission flow: a validator per language the form speaks (the site's first), each knowing
     * the site's pages and their forms, or, with {@code anyPage}, accepting feedback for any page (a
     * receiver for another site's script). A page of the site answers in the site's language.
     */
    void useValidators(boolean anyPage) {
        // The flow's field limit makes room for the questionnaire's 26 scores and 39 boxes itself.
        SubmissionFlow.Builder flow = SubmissionFlow.builder();
        for (FormDefinition form : List.of(definition, questionnaire)) {
            // The languages the form speaks, the site's first when it speaks it.
            List<Locale> languages = new ArrayList<>(form.languages());
            languages.sort(java.util.Comparator.comparing(l -> !l.getLanguage().equals(locale.getLanguage())));
            for (Locale language : languages) {
                FeedbackValidator.Builder validator = FeedbackValidator.builder().form(form).locale(language);
                if (!anyPage) {
                    pages.forms(form.tab()).forEach(validator::page);
                }
                flow.validator(validator.build());
            }
        }
        if (!anyPage) {
            // Every page of the site is in the site's language, and only its pages are taken: the
            // answer is in that language whatever the reader's browser asks for.
            flow.pageLanguage(page -> Optional.of(locale));
        }
        this.flow = flow.build();
    }
}
