package io.github.consultation.examples;

import java.util.Map;

/**
 * {@code /api/feedback}: the existing site's JSON, exactly as its script sends it, so that the
 * site can point its script here instead of at a spreadsheet. The answers are the library's
 * ({@link io.github.consultation.validate.Outcome}): 201 once the feedback is committed (and for
 * spam, dropped unseen, and a duplicate, stored once), 422 with the errors, 400, 413, 415, 503;
 * and this server's own: 429 past the client's rate limit (with {@code Retry-After}), 403 for an
 * origin that is not allowed.
 *
 * <p>CORS: the preflight ({@code OPTIONS}) and the {@code POST} are answered for the server's own
 * origin and the configured ones only; a request without an {@code Origin} (a script on a server)
 * is answered as usual.
 */
final class FeedbackApi {
    static final String PATH = "/api/feedback";

    private final ServerSettings settings;
    private final SubmissionEndpoint submissions;
    private final ErrorAnswers errors;
    private final SitePages pages;

    FeedbackApi(ServerSettings settings, SubmissionEndpoint submissions, ErrorAnswers errors, SitePages pages) {
        this.settings = settings;
        this.submissions = submissions;
        this.errors = errors;
        this.pages = pages;
    }

    /**
     * {@code POST /api/feedback}: the submission, from an allowed origin. A form (a static copy's
     * page without scripts) is answered as a browser reads it: sent back to the page, or the page
     * with its errors; refusals as pages.
     */
    void post(Exchange exchange) throws java.io.IOException {
        allowOrigin(exchange);
        String type = exchange.header("Content-Type").toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            try {
                submissions.formAtEndpoint(exchange, pages);
            } catch (HttpError e) {
                errors.answer(exchange, Routes.Client.BROWSER, e);
            }
            return;
        }
        submissions.json(exchange);
    }

    /** {@code OPTIONS /api/feedback}: the CORS preflight, for an allowed origin. */
    void preflight(Exchange exchange) {
        allowOrigin(exchange);
        exchange.header("Access-Control-Allow-Methods", "POST, OPTIONS");
        exchange.header("Access-Control-Allow-Headers", "Content-Type");
        exchange.header("Access-Control-Max-Age", "600");
        exchange.send(204, null, new byte[0]);
    }

    /** Lets the request by if its origin is allowed, naming it in the answer; else 403. */
    private void allowOrigin(Exchange exchange) {
        String origin = exchange.header("Origin");
        boolean allowed = origin.isEmpty() || origin.equalsIgnoreCase(exchange.ownOrigin())
                || settings.allowedOrigins().stream().anyMatch(origin::equalsIgnoreCase);
        exchange.addHeader("Vary", "Origin");
        if (!allowed) {
            throw new HttpError(403, "origin", Map.of(), "{\"status\":\"forbidden\",\"reason\":\"origin not allowed\"}",
                    Map.of());
        }
        if (!origin.isEmpty()) {
            exchange.header("Access-Control-Allow-Origin", origin);
        }
    }
}
