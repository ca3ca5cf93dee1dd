package io.github.consultation.examples;

import io.github.consultation.model.FormTexts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer other than the one asked for (not found, not allowed, too large, too many, too slow),
 * as a value: the router and the handlers throw it, and {@link ErrorAnswers} writes it, in one
 * place, in the shape its client reads (a page for a browser, JSON for a script), as Javalin's
 * {@code HttpResponseException} and its error mappers do. Carries no stack trace: it is an
 * answer, not a fault.
 *
 * <pre>{@code
 * throw HttpError.notFound();
 * }</pre>
 */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String message;
    private final transient Map<String, String> values;
    private final transient Map<String, String> headers;
    private final String json;

    /**
     * @param status the status
     * @param notice the notice a browser is shown: its title is the site's text
     *     {@code notice.<notice>.title}, its sentence {@code notice.<notice>.message}
     * @param values what the sentence's placeholders stand for
     * @param json the whole JSON answer for a script
     * @param headers headers the answer carries besides
     */
    HttpError(int status, String notice, Map<String, String> values, String json, Map<String, String> headers) {
        this(status, notice, notice, values, json, headers);
    }

    /** Like the other, with the title of the notice {@code title} and the sentence of the notice {@code message}. */
    HttpError(int status, String title, String message, Map<String, String> values, String json,
            Map<String, String> headers) {
        super("notice." + message, null, false, false);
        this.status = status;
        this.title = title;
        this.message = message;
        this.values = Map.copyOf(values);
        this.json = json;
        this.headers = Map.copyOf(headers);
    }

    static HttpError notFound() {
        return new HttpError(404, "not-found", Map.of(), "{\"status\":\"not found\"}", Map.of());
    }

    /** 405, with {@code allowed} (such as {@code GET, HEAD}) in the {@code Allow} header and the message. */
    static HttpError methodNotAllowed(String allowed) {
        return new HttpError(405, "method", Map.of("methods", allowed), "{\"status\":\"method not allowed\"}",
                Map.of("Allow", allowed));
    }

    /** 429, to wait {@code seconds} before sending again. */
    static HttpError tooManyRequests(long seconds) {
        return new HttpError(429, "too-many", Map.of("seconds", String.valueOf(seconds)),
                "{\"status\":\"too many requests\",\"retryAfterSeconds\":" + seconds + "}",
                Map.of("Retry-After", String.valueOf(seconds)));
    }

    /** 408: the body did not arrive in time; the connection is closed after the answer. */
    static HttpError requestTimeout() {
        return new HttpError(408, "timeout", Map.of(), "{\"status\":\"request timeout\"}", Map.of("Connection", "close"));
    }

    /** 431: more header fields than the server reads. */
    static HttpError tooManyHeaders() {
        return new HttpError(431, "headers", Map.of(), "{\"status\":\"request header fields too large\"}",
                Map.of("Connection", "close"));
    }

    /** The same answer with one more header. */
    HttpError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpError(status, title, message, values, json, more);
    }

    int status() {
        return status;
    }

    /** The notice's title in {@code texts}, the site's. */
    String title(FormTexts texts) {
        return texts.get("notice." + title + ".title");
    }

    /** The notice's sentence in {@code texts}, the site's, its placeholders filled. */
    String message(FormTexts texts) {
        return texts.fill("notice." + message + ".message", values);
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The whole answer for a script. */
    String json() {
        return json;
    }
}
