package io.github.consultation.examples;

import io.github.consultation.form.FormRenderer;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.form.Theme;
import io.github.consultation.validate.FeedbackValidator;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the demo server needs; every field has a working default but the pages and the store. */
final class ServerSettings {
    String host = "127.0.0.1";
    int port = 8080;
    int threads = 16;
    int queue = 256;
    SitePages pages;
    /** The form every page carries, from which the validators, renderer, store and admin views follow. */
    io.github.consultation.model.FormDefinition definition = io.github.consultation.model.FormDefinition.pageFeedback();
    FeedbackStore store;
    FormRenderer form = form(Theme.ORIGIN, Locale.ENGLISH);
    /** A validator per language, English first; the JSON endpoint picks one by Accept-Language. */
    List<FeedbackValidator> validators = new ArrayList<>();
    List<String> allowedOrigins = new ArrayList<>();
    List<String> trustedProxies = new ArrayList<>();
    /** Submissions a client may send at once; 0 turns rate limiting off. */
    int rateBurst = 10;
    /** Submissions a client may send per minute once its burst is spent. */
    double ratePerMinute = 6;
    int rateClients = 10_000;
    String adminPassword;
    int maxBodyBytes = 64 * 1024;
    int maxFormFields = 64;
    Duration grace = Duration.ofSeconds(10);
    Clock clock = Clock.systemUTC();
    PrintStream log = System.err;

    /** The form in {@code theme} and {@code locale}, posting JSON to the server's endpoint when scripts run. */
    static FormRenderer form(Theme theme, Locale locale) {
        // GOV.UK puts the error summary at the top of the main content; the others keep it in the form.
        return FormRenderer.builder().theme(theme).locale(locale).jsonEndpoint(FeedbackApi.PATH)
                .errorSummaryInForm(theme != Theme.GOVUK).build();
    }

    /** A renderer of pages with this server's form. */
    PageRenderer pageRenderer() {
        return PageRenderer.builder().form(form).reserveIds(PageLayout.MAIN_ID).build();
    }

    /**
     * An English and a Welsh validator that know the site's pages and their forms, or, with
     * {@code anyPage}, accept feedback for any page (a receiver for another site's script).
     */
    void useValidators(boolean anyPage) {
        validators.clear();
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
            FeedbackValidator.Builder validator = FeedbackValidator.builder().locale(language);
            if (!anyPage) {
                pages.forms().forEach(validator::page);
            }
            validators.add(validator.build());
        }
    }
}
