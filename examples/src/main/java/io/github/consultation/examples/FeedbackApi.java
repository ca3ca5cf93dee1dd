package io.github.consultation.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.consultation.validate.ErrorCodes;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/feedback}: the existing site's JSON, exactly as its script sends it, so that
 * the site can point its script here instead of at a spreadsheet.
 *
 * <ul>
 *   <li>201 {@code {"status":"received"}} once the feedback is committed; the same answer for
 *       spam (dropped unseen) and for a duplicate (stored once).
 *   <li>422 {@code {"status":"invalid","errors":[{"field","code","message"}]}}.
 *   <li>400 for JSON that cannot be read, 413 for a body over the limit, 415 for another content
 *       type, 429 past the client's rate limit (with {@code Retry-After}), 403 for an origin that
 *       is not allowed, 503 if the database cannot take it.
 * </ul>
 *
 * <p>CORS: the preflight ({@code OPTIONS}) and the {@code POST} are answered for the server's own
 * origin and the configured ones only; a request without an {@code Origin} (a script on a server)
 * is answered as usual.
 */
final class FeedbackApi {
    static final String PATH = "/api/feedback";
    private static final String RECEIVED = "{\"status\":\"received\"}";

    private final ServerSettings settings;
    private final RateLimiter limiter;
    private final ClientAddress clients;

    FeedbackApi(ServerSettings settings, RateLimiter limiter, ClientAddress clients) {
        this.settings = settings;
        this.limiter = limiter;
        this.clients = clients;
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
                return post(exchange);
            default:
                exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
                return Http.sendJson(exchange, 405, "{\"status\":\"method not allowed\"}");
        }
    }

    private int post(HttpExchange exchange) throws IOException {
        Optional<Integer> limited = ConsultationServer.rateLimited(exchange, limiter, clients);
        if (limited.isPresent()) {
            return Http.sendJson(exchange, 429, "{\"status\":\"too many requests\",\"retryAfterSeconds\":"
                    + limited.get() + "}");
        }
        if (!Http.hasType(exchange, "application/json")) {
            return Http.sendJson(exchange, 415, "{\"status\":\"unsupported media type\",\"expected\":\"application/json\"}");
        }
        Optional<byte[]> body = Http.readBody(exchange, settings.maxBodyBytes);
        if (body.isEmpty()) {
            return Http.sendJson(exchange, 413, "{\"status\":\"too large\",\"limitBytes\":" + settings.maxBodyBytes + "}");
        }
        Verdict verdict = validator(exchange).validateJson(body.get());
        switch (verdict.status()) {
            case VALID:
                if (!ConsultationServer.keep(settings, verdict, PATH)) {
                    return Http.sendJson(exchange, 503, "{\"status\":\"unavailable\"}");
                }
                return Http.sendJson(exchange, 201, RECEIVED);
            case SPAM:
                settings.log.println("dropped spam (" + verdict.spamReason().orElse("") + ")");
                return Http.sendJson(exchange, 201, RECEIVED);
            case INVALID:
                return Http.sendJson(exchange, 422, errors("invalid", verdict));
            default:
                boolean tooLarge = verdict.errors().get(0).code().equals(ErrorCodes.TOO_LARGE);
                return Http.sendJson(exchange, tooLarge ? 413 : 400, errors("unreadable", verdict));
        }
    }

    private FeedbackValidator validator(HttpExchange exchange) {
        List<FeedbackValidator> validators = settings.validators;
        String languages = Http.header(exchange, "Accept-Language").toLowerCase(Locale.ROOT);
        if (languages.startsWith("cy")) {
            for (FeedbackValidator v : validators) {
                if (v.locale().getLanguage().equals("cy")) {
                    return v;
                }
            }
        }
        return validators.get(0);
    }

    private static String errors(String status, Verdict verdict) {
        ObjectNode body = VerdictJson.mapper().createObjectNode();
        body.put("status", status);
        body.set("errors", VerdictJson.errors(verdict.errors()));
        return body.toString();
    }
}
