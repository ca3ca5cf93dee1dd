package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import io.github.consultation.render.FormState;
import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.Outcome;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
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
    /** What became of a submission, or how long its client must wait. */
    private record Received(Outcome outcome, long retryAfterSeconds) {
        boolean limited() {
            return retryAfterSeconds > 0;
        }
    }

    private final ServerSettings settings;
    private final Layout layout;
    private final RateLimiter accepted;
    private final RateLimiter refused;
    private final ClientAddress clients;

    SubmissionEndpoint(ServerSettings settings, Layout layout) {
        this.settings = settings;
        this.layout = layout;
        boolean limited = settings.rateBurst > 0;
        this.accepted = limited ? new RateLimiter(settings.rateBurst, settings.ratePerMinute, settings.rateClients,
                System::nanoTime) : null;
        this.refused = limited ? new RateLimiter(settings.refusedBurst, settings.refusedPerMinute, settings.rateClients,
                System::nanoTime) : null;
        this.clients = new ClientAddress(settings.trustedProxies);
    }

    /** {@code POST /<slug>}: 303 to the thanks, 422 with the form and its errors, or a notice page. */
    int form(HttpExchange exchange, RenderedPage page, String path) throws IOException {
        Received received = receive(exchange, page.formVariant().orElse(FormVariant.FULL), path);
        if (received.limited()) {
            long wait = received.retryAfterSeconds();
            return Http.sendHtml(exchange, 429, layout.notice("Too many submissions", "You have sent a lot of feedback"
                    + " in a short time. Wait " + wait + (wait == 1 ? " second" : " seconds")
                    + ", then go back and send it again."));
        }
        Outcome outcome = received.outcome();
        int status = outcome.formStatus();
        return switch (outcome.kind()) {
            case RECEIVED, SPAM -> Http.redirect(exchange, path + "?sent=1#" + page.form().definition().ids().wrapper());
            case INVALID -> Http.sendHtml(exchange, status, layout.page(page,
                    FormState.failed(path, outcome.verdict().submission(), outcome.errors())));
            case NOT_KEPT -> Http.sendHtml(exchange, status, layout.notice("Feedback not saved",
                    "Sorry \u2014 your feedback could not be saved just now. Go back and send it again."));
            default -> Http.sendHtml(exchange, status, layout.notice("Feedback not sent",
                    outcome.errors().get(0).message() + "."));
        };
    }

    /** {@code POST /api/feedback}: the outcome as the library writes it, or 429 with the wait. */
    int json(HttpExchange exchange) throws IOException {
        Received received = receive(exchange, null, FeedbackApi.PATH);
        if (received.limited()) {
            return Http.sendJson(exchange, 429, "{\"status\":\"too many requests\",\"retryAfterSeconds\":"
                    + received.retryAfterSeconds() + "}");
        }
        return Http.sendJson(exchange, received.outcome().jsonStatus(), received.outcome().json());
    }

    /**
     * The one flow: read, validate, charge the rate limit, keep, log. {@code formVariant} is the
     * form of the page a form was posted to; null for JSON, which names its page.
     */
    private Received receive(HttpExchange exchange, FormVariant formVariant, String where) throws IOException {
        boolean json = formVariant == null;
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        // A form post is in the page's language; JSON in the language of the page it names, else the reader's.
        List<Locale> languages = json ? SubmissionFlow.languages(Http.header(exchange, "Accept-Language"))
                : List.of(settings.locale);
        SubmissionFlow flow = settings.flow;
        Optional<byte[]> body = Http.readBody(exchange, flow.maxBodyBytes());
        Outcome outcome = body.isEmpty() ? flow.tooLarge(languages)
                : json ? flow.json(type, body.get(), languages) : flow.form(type, body.get(), languages, formVariant);
        Optional<Long> wait = charge(exchange, outcome);
        if (wait.isPresent()) {
            settings.log.println("rate limited a submission for " + page(outcome, where));
            return new Received(outcome, wait.get());
        }
        outcome = flow.keep(outcome, feedback -> {
            FeedbackStore.Saved saved = settings.store.save(feedback, settings.clock.instant());
            settings.log.println(saved.duplicate() ? "duplicate feedback for " + feedback.page() + " not stored again"
                    : "stored feedback " + saved.id() + " for " + feedback.page());
        });
        switch (outcome.kind()) {
            case SPAM -> settings.log.println("dropped spam for " + page(outcome, where) + " ("
                    + outcome.verdict().spamReason().orElse("") + ")");
            case NOT_KEPT -> settings.log.println("not stored: feedback for " + page(outcome, where));
            case RECEIVED -> { }
            default -> settings.log.println("refused a submission for " + page(outcome, where) + ": "
                    + outcome.verdict());
        }
        return new Received(outcome, 0);
    }

    /** The page a submission names, for the log; where it came in, if it names none. */
    private static String page(Outcome outcome, String where) {
        String page = outcome.page();
        return page.isEmpty() ? where : page;
    }

    /** Charges the client's budget for this kind of outcome; the wait, if the budget is spent. */
    private Optional<Long> charge(HttpExchange exchange, Outcome outcome) {
        if (accepted == null) {
            return Optional.empty();
        }
        boolean keeps = outcome.kind() == Outcome.Kind.VALID || outcome.kind() == Outcome.Kind.SPAM;
        String client = clients.of(exchange.getRemoteAddress().getAddress(),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
        RateLimiter.Decision decision = (keeps ? accepted : refused).tryAcquire(client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        return Optional.of(decision.retryAfterSeconds());
    }
}
