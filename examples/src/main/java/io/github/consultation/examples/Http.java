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
     * The body, or empty if it is longer than {@code max} bytes. At most {@code max + 1} bytes are
     * kept. A body that is too long but within {@link #DRAIN_LIMIT} is read to its end and dropped,
     * so that the client, still sending, can read the refusal rather than a reset connection; a
     * longer one is not read at all and the connection is closed after the answer.
     */
    static Optional<byte[]> readBody(HttpExchange exchange, int max) throws IOException {
        String length = header(exchange, "Content-Length").strip();
        long declared = -1;
        if (!length.isEmpty()) {
            try {
                declared = Long.parseLong(length);
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
        }
        if (declared > max && declared > DRAIN_LIMIT) {
            // Not a byte is read: the answer goes first, and the server then closes the connection.
            exchange.getResponseHeaders().set("Connection", "close");
            return Optional.empty();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length <= max) {
                return Optional.of(body);
            }
            if (!dropped(in, DRAIN_LIMIT)) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            return Optional.empty();
        }
    }

    /** Reads and drops up to {@code limit} bytes; whether the stream ended within them. */
    private static boolean dropped(InputStream in, long limit) throws IOException {
        byte[] sink = new byte[8192];
        long left = limit;
        for (int n = 0; n >= 0; n = in.read(sink)) {
            left -= n;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }

    /** How many bytes of an oversized body are read and dropped before the refusal is sent. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    /** The request's own origin, {@code http://host:port}, from its Host header. */
    static String ownOrigin(HttpExchange exchange) {
        return "http://" + header(exchange, "Host").strip().toLowerCase(Locale.ROOT);
    }
}
