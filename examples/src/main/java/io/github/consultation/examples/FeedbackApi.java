package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

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

    FeedbackApi(ServerSettings settings, SubmissionEndpoint submissions) {
        this.settings = settings;
        this.submissions = submissions;
    }

    int handle(HttpExchange exchange) throws IOException {
        String origin = Http.header(exchange, "Origin");
        boolean allowed = origin.isEmpty() || origin.equalsIgnoreCase(Http.ownOrigin(exchange))
                || settings.allowedOrigins.stream().anyMatch(origin::equalsIgnoreCase);
        exchange.getResponseHeaders().add("Vary", "Origin");
        if (!allowed) {
            return Http.sendJson(exchange, 403, "{\"status\":\"forbidden\",\"reason\":\"origin not allowed\"}");
        }
        if (!origin.isEmpty()) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
        }
        switch (exchange.getRequestMethod()) {
            case "OPTIONS":
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST, OPTIONS");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
                exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
                return Http.send(exchange, 204, "text/plain", new byte[0]);
            case "POST":
                return submissions.json(exchange);
            default:
                exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
                return Http.sendJson(exchange, 405, "{\"status\":\"method not allowed\"}");
        }
    }
}
