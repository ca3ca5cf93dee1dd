package io.github.consultation.examples;

import io.github.consultation.render.FormState;
import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.Outcome;
import io.github.consultation.validate.SubmissionFlow;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Both ways a submission arrives, a form post to its page and the JSON endpoint, through one
 * flow: read the body, let the library's {@link SubmissionFlow} check and validate it in the
 * page's language, charge the client's rate limit, keep what is valid, log what happened by page;
 * then each path writes the same outcome as HTML or as JSON.
 *
 * <p>Rate limits: a submission that is kept (or dropped as spam) costs a token of the client's
 * budget for accepted submissions; one that is refused costs a token of a separate, more generous
 * budget, so that a reader correcting their mistakes (with scripts on, a refused JSON post and
 * the plain post that follows it) is not told they sent too much.
 */
final class SubmissionEndpoint {
    private final ServerSettings settings;
    private final Site site;
    private final FeedbackStore store;
    private final Layout layout;
    private final RateLimiter accepted;
    private final RateLimiter refused;
    private final ClientAddress clients;

    SubmissionEndpoint(ServerSettings settings, Site site, FeedbackStore store, Layout layout) {
        this.settings = settings;
        this.site = site;
        this.store = store;
        this.layout = layout;
        boolean limited = settings.rateLimited();
        this.accepted = limited ? new RateLimiter(settings.rateBurst(), settings.ratePerMinute(), settings.rateClients(),
                System::nanoTime) : null;
        this.refused = limited ? new RateLimiter(settings.refusedBurst(), settings.refusedPerMinute(),
                settings.rateClients(), System::nanoTime) : null;
        this.clients = new ClientAddress(settings.trustedProxies());
    }

    /**
     * {@code POST /<slug>}: 303 to the thanks, 422 with the form and its errors; a refusal (413,
     * 415, 429, 503...) as an {@link HttpError}, whose page {@link ErrorAnswers} writes.
     */
    void form(Exchange exchange, RenderedPage page, String path) {
        Outcome outcome = receive(exchange, page.formVariant().orElse(FormVariant.FULL), path);
        int status = outcome.formStatus();
        switch (outcome.kind()) {
            case RECEIVED, SPAM -> exchange.redirect(path + "?sent=1#" + page.form().definition().ids().wrapper());
            case INVALID -> exchange.html(status, layout.page(page,
                    FormState.failed(path, outcome.verdict().submission(), outcome.errors())));
            case NOT_KEPT -> throw new HttpError(status, "Feedback not saved",
                    "Sorry \u2014 your feedback could not be saved just now. Go back and send it again.", outcome.json(),
                    Map.of());
            default -> throw new HttpError(status, "Feedback not sent", outcome.errors().get(0).message() + ".",
                    outcome.json(), Map.of());
        }
    }

    /** {@code POST /api/feedback}: the outcome as the library writes it; 429 as an {@link HttpError}. */
    void json(Exchange exchange) {
        Outcome outcome = receive(exchange, null, FeedbackApi.PATH);
        exchange.json(outcome.jsonStatus(), outcome.json());
    }

    /**
     * The one flow: read, validate, charge the rate limit, keep, log. {@code formVariant} is the
     * form of the page a form was posted to; null for JSON, which names its page.
     */
    private Outcome receive(Exchange exchange, FormVariant formVariant, String where) {
        boolean json = formVariant == null;
        String type = exchange.headerOrNull("Content-Type");
        // A form post is in the page's language; JSON in the language of the page it names, else the reader's.
        List<Locale> languages = json ? SubmissionFlow.languages(exchange.header("Accept-Language"))
                : List.of(settings.locale());
        SubmissionFlow flow = site.flow();
        Optional<byte[]> body = exchange.body();
        Outcome outcome = body.isEmpty() ? flow.tooLarge(languages)
                : json ? flow.json(type, body.get(), languages) : flow.form(type, body.get(), languages, formVariant);
        Optional<Long> wait = charge(exchange, outcome);
        if (wait.isPresent()) {
            settings.log().println("rate limited a submission for " + page(outcome, where));
            throw HttpError.tooManyRequests(wait.get());
        }
        outcome = flow.keep(outcome, feedback -> {
            FeedbackStore.Saved saved = store.save(feedback, settings.clock().instant());
            settings.log().println(saved.duplicate() ? "duplicate feedback for " + feedback.page() + " not stored again"
                    : "stored feedback " + saved.id() + " for " + feedback.page());
        });
        switch (outcome.kind()) {
            case SPAM -> settings.log().println("dropped spam for " + page(outcome, where) + " ("
                    + outcome.verdict().spamReason().orElse("") + ")");
            case NOT_KEPT -> settings.log().println("not stored: feedback for " + page(outcome, where));
            case RECEIVED -> { }
            default -> settings.log().println("refused a submission for " + page(outcome, where) + ": "
                    + outcome.verdict());
        }
        return outcome;
    }

    /** The page a submission names, for the log; where it came in, if it names none. */
    private static String page(Outcome outcome, String where) {
        String page = outcome.page();
        return page.isEmpty() ? where : page;
    }

    /** Charges the client's budget for this kind of outcome; the wait, if the budget is spent. */
    private Optional<Long> charge(Exchange exchange, Outcome outcome) {
        if (accepted == null) {
            return Optional.empty();
        }
        boolean keeps = outcome.kind() == Outcome.Kind.VALID || outcome.kind() == Outcome.Kind.SPAM;
        String client = clients.of(exchange.remoteAddress(), exchange.headerOrNull("X-Forwarded-For"));
        RateLimiter.Decision decision = (keeps ? accepted : refused).tryAcquire(client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(decision.retryAfterSeconds());
    }
}
