package io.github.consultation.examples;

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
    private final transient Map<String, String> headers;
    private final String json;

    /**
     * @param status the status
     * @param title the page's heading for a browser
     * @param message one or two sentences for a browser
     * @param json the whole JSON answer for a script
     * @param headers headers the answer carries besides
     */
    HttpError(int status, String title, String message, String json, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.json = json;
        this.headers = Map.copyOf(headers);
    }

    static HttpError notFound() {
        return new HttpError(404, "Page not found", "There is no page at this address. If you typed it, check it is"
                + " correct.", "{\"status\":\"not found\"}", Map.of());
    }

    /** 405, with {@code allowed} (such as {@code GET, HEAD}) in the {@code Allow} header and the message. */
    static HttpError methodNotAllowed(String allowed) {
        return new HttpError(405, "Not allowed", "This address takes " + allowed.replace(", ", " and ") + " only.",
                "{\"status\":\"method not allowed\"}", Map.of("Allow", allowed));
    }

    /** 429, to wait {@code seconds} before sending again. */
    static HttpError tooManyRequests(long seconds) {
        return new HttpError(429, "Too many submissions", "You have sent a lot of feedback in a short time. Wait "
                + seconds + (seconds == 1 ? " second" : " seconds") + ", then go back and send it again.",
                "{\"status\":\"too many requests\",\"retryAfterSeconds\":" + seconds + "}",
                Map.of("Retry-After", String.valueOf(seconds)));
    }

    /** 408: the body did not arrive in time; the connection is closed after the answer. */
    static HttpError requestTimeout() {
        return new HttpError(408, "Too slow", "The request took too long to arrive. Go back and send it again.",
                "{\"status\":\"request timeout\"}", Map.of("Connection", "close"));
    }

    /** 431: more header fields than the server reads. */
    static HttpError tooManyHeaders() {
        return new HttpError(431, "Request not read", "The request carried more headers than this server reads.",
                "{\"status\":\"request header fields too large\"}", Map.of("Connection", "close"));
    }

    /** The same answer with one more header. */
    HttpError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpError(status, title, getMessage(), json, more);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The whole answer for a script. */
    String json() {
        return json;
    }
}
