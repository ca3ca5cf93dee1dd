package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Small helpers for answering an exchange of the JDK's HTTP server. */
final class Http {
    /** What every HTML page allows: its own scripts and styles (inline styles for authors' colours). */
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private Http() {
    }

    static int sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        return send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static int sendText(HttpExchange exchange, int status, String text) throws IOException {
        return send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static int sendJson(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        return send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static int send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        boolean empty = head || body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
        return status;
    }

    static int redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", URI.create(location).toASCIIString());
        exchange.sendResponseHeaders(303, -1);
        return 303;
    }

    /** The value of the header {@code name}, or empty. */
    static String header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)).orElse("");
    }

    /** Whether the request's media type is {@code type} (parameters such as the charset aside). */
    static boolean hasType(HttpExchange exchange, String type) {
        String value = header(exchange, "Content-Type").toLowerCase(Locale.ROOT);
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).strip().equals(type);
    }

    /**
     * The body, or empty if it is longer than {@code max} bytes. A declared length over the limit
     * is refused before anything is read; otherwise at most {@code max + 1} bytes are read.
     */
    static Optional<byte[]> readBody(HttpExchange exchange, int max) throws IOException {
        String length = header(exchange, "Content-Length").strip();
        if (!length.isEmpty()) {
            try {
                if (Long.parseLong(length) > max) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? Optional.empty() : Optional.of(body);
        }
    }

    /** The request's own origin, {@code http://host:port}, from its Host header. */
    static String ownOrigin(HttpExchange exchange) {
        return "http://" + header(exchange, "Host").strip().toLowerCase(Locale.ROOT);
    }
}
