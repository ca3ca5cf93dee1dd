package io.github.consultation.examples;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.ColourPolicy;
import io.github.consultation.pages.ElementClasses;
import io.github.consultation.pages.MarkdownDialect;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the demo serves, made once from one definition so that the form, its validators, the store
 * and the admin views never disagree: the pages (rendered at start), the page form's renderer, the
 * questionnaire's definition and the submission flow. Immutable.
 *
 * <pre>{@code
 * Site site = Site.load(settings, Optional.of(Path.of("pages")), false);
 * }</pre>
 *
 * @param definition the form every page carries
 * @param questionnaire the site's questionnaire, for the pages that carry it (the existing site's, built in)
 * @param pages the site's pages and images
 * @param form the page form in the site's theme and language
 * @param flow the submission flow: a validator per language the forms speak
 */
record Site(FormDefinition definition, FormDefinition questionnaire, SitePages pages, FormRenderer form,
        SubmissionFlow flow) {
    /**
     * Loads the site: the pages in {@code folder} (with its definition file and, for a MkDocs
     * project, its navigation and dialect), or the sample pages in the jar; then the forms in the
     * settings' theme and language, and the validators. With {@code anyPage}, feedback for any page
     * is taken (a receiver for another site's script).
     *
     * @throws IOException if the folder cannot be read, or its definition file or mkdocs.yml has a
     *     problem (a {@link io.github.consultation.definition.SiteFileException} names each)
     */
    static Site load(ServerSettings settings, Optional<Path> folder, boolean anyPage) throws IOException {
        FormDefinition questionnaire = FormDefinition.questionnaire();
        FormDefinition definition;
        FormRenderer form;
        SitePages pages;
        if (folder.isPresent()) {
            SiteFolder.Site site = SiteFolder.load(folder.get());
            definition = site.form();
            form = form(definition, settings.theme(), settings.locale());
            pages = SitePages.fromFolder(site, pageRenderer(settings, form, questionnaire, site.dialect()));
        } else {
            definition = FormDefinition.pageFeedback();
            form = form(definition, settings.theme(), settings.locale());
            pages = SitePages.bundled(pageRenderer(settings, form, questionnaire, MarkdownDialect.COMMONMARK));
        }
        return new Site(definition, questionnaire, pages, form,
                flow(List.of(definition, questionnaire), pages, settings.locale(), anyPage));
    }

    /** A store on {@code dataSource} for both the site's forms, its schema brought up to date. */
    FeedbackStore openStore(DataSource dataSource, Duration duplicateWindow) throws SQLException {
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
    private static PageRenderer pageRenderer(ServerSettings settings, FormRenderer form, FormDefinition questionnaire,
            MarkdownDialect dialect) {
        return PageRenderer.builder().dialect(dialect).form(form)
                .questionnaire(form(questionnaire, settings.theme(), settings.locale()))
                .colours(ColourPolicy.ADJUST)
                .elementClasses(settings.theme() == Theme.GOVUK ? ElementClasses.GOVUK : ElementClasses.NONE)
                .reserveIds(Layout.MAIN_ID).build();
    }

    /**
     * The submission flow: a validator per language each form speaks (the site's first), each
     * knowing the site's pages and their forms, or, with {@code anyPage}, accepting feedback for
     * any page. A page of the site answers in the site's language.
     */
    private static SubmissionFlow flow(List<FormDefinition> forms, SitePages pages, Locale locale, boolean anyPage) {
        // The flow's field limit makes room for the questionnaire's 26 scores and 39 boxes itself.
        SubmissionFlow.Builder flow = SubmissionFlow.builder();
        for (FormDefinition form : forms) {
            // The languages the form speaks, the site's first when it speaks it.
            List<Locale> languages = new ArrayList<>(form.languages());
            languages.sort(Comparator.comparing(l -> !l.getLanguage().equals(locale.getLanguage())));
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
        return flow.build();
    }
}
