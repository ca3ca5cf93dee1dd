package io.github.consultation.examples;

import io.github.consultation.host.ConsultationHost;
import io.github.consultation.host.Post;
import io.github.consultation.host.Reply;
import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.StaticExport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.Outcome;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Both ways a submission arrives, a form post to its page and the JSON endpoint, through the
 * library's host kit ({@link ConsultationHost#receive}): it reads the body the server has read
 * already, validates it once in the page's language, charges the client's rate limit, keeps what
 * is valid, and gives its answer as a {@link Reply}, which this class writes as a page, a redirect
 * or JSON; a refusal (413, 415, 429, 503) goes to {@link ErrorAnswers} as an {@link HttpError}.
 *
 * <p>Rate limits: a submission that is kept (or dropped as spam) costs a token of the client's
 * budget for accepted submissions; one that is refused costs a token of a separate, more generous
 * budget, so that a reader correcting their mistakes (with scripts on, a refused JSON post and
 * the plain post that follows it) is not told they sent too much.
 */
final class SubmissionEndpoint {
    private final ServerSettings settings;
    private final ConsultationHost host;
    private final Layout layout;
    private final RateLimiter accepted;
    private final RateLimiter refused;
    private final ClientAddress clients;

    SubmissionEndpoint(ServerSettings settings, Site site, FeedbackStore store, Layout layout) {
        this.settings = settings;
        this.host = site.host().withSink(answers -> keep(store, answers));
        this.layout = layout;
        boolean limited = settings.rateLimited();
        this.accepted = limited ? new RateLimiter(settings.rateBurst(), settings.ratePerMinute(), settings.rateClients(),
                System::nanoTime) : null;
        this.refused = limited ? new RateLimiter(settings.refusedBurst(), settings.refusedPerMinute(),
                settings.rateClients(), System::nanoTime) : null;
        this.clients = new ClientAddress(settings.trustedProxies());
    }

    /** {@code POST /<address>}: 303 to the thanks, 422 with the form and its errors, or a refusal. */
    void form(Exchange exchange, RenderedPage page, String path) throws IOException {
        form(exchange, page, path, null);
    }

    /**
     * {@code POST /api/feedback} as a form, without scripts: the form of a page of a static copy of
     * the site ({@code export}), which posts here. Kept, the reader goes back to the page's thanks
     * on the site it came from (an {@linkplain ServerSettings#allowedOrigins allowed origin}: the
     * static copy's {@code sent.html} beside the page), or to this server's own page; refused, this
     * server shows the page with the errors. A page this site does not have is refused (404).
     */
    void formAtEndpoint(Exchange exchange, SitePages pages) throws IOException {
        RenderedSite.Found found = pages.find(pageField(exchange.body().orElse(new byte[0])));
        if (!(found instanceof RenderedSite.PageFound page)) {
            throw new HttpError(404, "not-found", "no-page", Map.of(), "{\"status\":\"not found\"}", Map.of());
        }
        String origin = exchange.header("Origin");
        boolean elsewhere = !origin.isEmpty() && !origin.equalsIgnoreCase(exchange.ownOrigin())
                && settings.allowedOrigins().stream().anyMatch(origin::equalsIgnoreCase);
        form(exchange, page.page(), page.href(), elsewhere ? origin + StaticExport.thanks(page.href()) + "#"
                + page.page().form().definition().ids().wrapper() : null);
    }

    /** The {@code page} field of a form's body, decoded; empty if it has none. */
    private static String pageField(byte[] body) {
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(FormDefinition.PAGE)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }

    /** A form post for {@code page} at {@code path}; kept, the reader goes to {@code thanks} if given, else the kit's. */
    private void form(Exchange exchange, RenderedPage page, String path, String thanks) throws IOException {
        Reply reply = receive(exchange, Post.form(path, exchange.headerOrNull("Content-Type"), exchange.body(),
                List.of(settings.locale())), path);
        switch (reply.kind()) {
            case REDIRECT -> {
                if (thanks != null) {
                    exchange.header("Location", thanks);
                }
                exchange.send(reply.status(), null, new byte[0]);
            }
            case FORM -> exchange.html(reply.status(), layout.page(page, reply.form().orElseThrow()));
            default -> throw reply.status() == 503 ? new HttpError(503, "not-kept", Map.of(), reply.outcome().json(),
                    Map.of())
                    : new HttpError(reply.status(), "not-sent", Map.of("reason", reply.message()), reply.outcome().json(),
                    Map.of());
        }
    }

    /** {@code POST /api/feedback}: the outcome as the library writes it. */
    void json(Exchange exchange) throws IOException {
        Reply reply = receive(exchange, Post.json(FeedbackApi.PATH, exchange.headerOrNull("Content-Type"), exchange.body(),
                SubmissionFlow.languages(exchange.header("Accept-Language"))), FeedbackApi.PATH);
        exchange.json(reply.status(), reply.body());
    }

    /** The one flow: the kit reads, validates, charges the limit and keeps; this logs what happened. */
    private Reply receive(Exchange exchange, Post post, String where) throws IOException {
        long[] waited = {0};
        Reply reply = host.receive(post, outcome -> waited[0] = charge(exchange, outcome));
        reply.headers().forEach(exchange::header);
        Outcome outcome = reply.outcome();
        if (waited[0] > 0) {
            settings.log().println("rate limited a submission for " + page(outcome, where));
            throw HttpError.tooManyRequests(waited[0]);
        }
        switch (outcome.kind()) {
            case SPAM -> settings.log().println("dropped spam for " + page(outcome, where) + " ("
                    + outcome.verdict().spamReason().orElse("") + ")");
            case NOT_KEPT -> settings.log().println("not stored: feedback for " + page(outcome, where));
            case RECEIVED -> { }
            default -> settings.log().println("refused a submission for " + page(outcome, where) + ": "
                    + outcome.verdict());
        }
        return reply;
    }

    /** Keeps valid answers, and says so in the log by page (never by what they say). */
    private FeedbackStore.Saved keep(FeedbackStore store, Answers answers) throws SQLException {
        FeedbackStore.Saved saved = store.save(answers, settings.clock().instant());
        settings.log().println(saved.duplicate() ? "duplicate feedback for " + answers.page() + " not stored again"
                : "stored feedback " + saved.id() + " for " + answers.page());
        return saved;
    }

    /** The page a submission names, for the log; where it came in, if it names none. */
    private static String page(Outcome outcome, String where) {
        String page = outcome.page();
        return page.isEmpty() ? where : page;
    }

    /** Charges the client's budget for this kind of outcome; the seconds to wait, or 0. */
    private long charge(Exchange exchange, Outcome outcome) {
        if (accepted == null) {
            return 0;
        }
        boolean keeps = outcome.kind() == Outcome.Kind.VALID || outcome.kind() == Outcome.Kind.SPAM;
        String client = clients.of(exchange.remoteAddress(), exchange.headerOrNull("X-Forwarded-For"));
        RateLimiter.Decision decision = (keeps ? accepted : refused).tryAcquire(client);
        return decision.allowed() ? 0 : decision.retryAfterSeconds();
    }
}
