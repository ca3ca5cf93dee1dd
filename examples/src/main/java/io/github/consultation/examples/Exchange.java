package io.github.consultation.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request and its answer, as a handler sees them (Javalin's {@code Context}, over Jetty's core
 * {@link Request} and {@link Response}): what was asked, the body read already (within its route's
 * limit and the body timeout), and one way to answer per kind of answer. A handler answers once.
 * Used by one thread at a time.
 */
final class Exchange {
    /** What every HTML page allows: its own scripts and styles (inline styles for authors' colours). */
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private enum State { OPEN, SENT, STREAMING }

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Consumer<Throwable> aborted;
    private final byte[] body;
    private final String base;
    private State state = State.OPEN;
    private OutputStream stream;

    /**
     * @param body the request's body, or null if it was too large to read
     * @param aborted told when the client goes before its answer is written
     * @param base the path the site is served under, ending with {@code /}, which the request's path starts with
     */
    Exchange(Request request, Response response, Callback callback, byte[] body, Consumer<Throwable> aborted, String base) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.body = body;
        this.aborted = aborted;
        this.base = base;
    }

    String method() {
        return request.getMethod();
    }

    /** The path below the site's base path, decoded, from {@code /}: what the routes are written for. */
    String path() {
        String path = fullPath();
        return base.length() > 1 && path.startsWith(base) ? path.substring(base.length() - 1) : path;
    }

    /** The request's whole path, decoded, base path and all: the address of what was asked for. */
    String fullPath() {
        return request.getHttpURI().getDecodedPath();
    }

    /** The query as sent, or null. */
    String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /** The value of the header {@code name}, or empty. */
    String header(String name) {
        String value = request.getHeaders().get(name);
        return value == null ? "" : value;
    }

    /** The value of the header {@code name}, or null. */
    String headerOrNull(String name) {
        return request.getHeaders().get(name);
    }

    /** The address the connection comes from (a proxy's, behind one). */
    InetAddress remoteAddress() {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return ((InetSocketAddress) remote).getAddress();
    }

    /** The request's own origin, {@code http://host:port}, from its Host header. */
    String ownOrigin() {
        return "http://" + header("Host").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body, or empty if it was longer than its route takes. A body that is too long but within
     * {@link BodyReader#DRAIN_LIMIT} was read to its end and dropped, so that the client, still
     * sending, can read the refusal; a longer one was not read and the connection closes after the answer.
     */
    Optional<byte[]> body() {
        return Optional.ofNullable(body);
    }

    /** Sets a header of the answer. */
    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Adds a header to the answer, beside any of the same name. */
    void addHeader(String name, String value) {
        response.getHeaders().add(name, value);
    }

    /** A page: not cached, under the site's content security policy. */
    void html(int status, String html) {
        header("Cache-Control", "no-store");
        header("Content-Security-Policy", PAGE_POLICY);
        send(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A page already encoded, such as a cached one. */
    void html(int status, byte[] html) {
        header("Cache-Control", "no-store");
        header("Content-Security-Policy", PAGE_POLICY);
        send(status, HTML, html);
    }

    void json(int status, String json) {
        header("Cache-Control", "no-store");
        send(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    void text(int status, String text) {
        send(status, TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An answer of {@code type} (none for an empty body); HEAD gets the headers alone, as Jetty writes it. */
    void send(int status, String type, byte[] bytes) {
        begin(status, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        state = State.SENT;
        response.write(true, bytes.length == 0 ? null : ByteBuffer.wrap(bytes), Callback.from(callback::succeeded, x -> {
            aborted.accept(x);
            callback.failed(x);
        }));
    }

    /** A streamed answer of {@code type}, written as it is made; the server ends it once the handler returns. */
    OutputStream stream(int status, String type) {
        begin(status, type);
        state = State.STREAMING;
        stream = Content.Sink.asOutputStream(response);
        return stream;
    }

    private void begin(int status, String type) {
        if (state != State.OPEN) {
            throw new IllegalStateException("answered twice: " + method() + " " + path());
        }
        response.setStatus(status);
        if (type != null) {
            header("Content-Type", type);
        }
        header("X-Content-Type-Options", "nosniff");
        header("Referrer-Policy", "same-origin");
    }

    /** Whether the handler has answered. */
    boolean answered() {
        return state != State.OPEN;
    }

    /** After the handler: ends a streamed answer and completes the exchange; a sent answer completes itself. */
    void finish() {
        if (state != State.STREAMING) {
            return;
        }
        try {
            stream.close();
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            aborted.accept(e);
            callback.failed(e);
        }
    }

    /** Ends the exchange without an answer (the connection is closed): the client went, or the answer broke halfway. */
    void fail(Throwable cause) {
        callback.failed(cause);
    }
}
