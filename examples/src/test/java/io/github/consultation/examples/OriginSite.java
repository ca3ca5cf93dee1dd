package io.github.consultation.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the existing consultation site, on an origin of its own: one page carrying a
 * form from {@code src/test/resources/origin-site} and the site's own script, served from the
 * JDK's HTTP server, so that the script posts across origins as it does in production.
 */
final class OriginSite implements AutoCloseable {
    private final HttpServer server;

    private OriginSite(HttpServer server) {
        this.server = server;
    }

    /** A fixture of {@code src/test/resources/origin-site}. */
    static String resource(String name) {
        try (InputStream in = OriginSite.class.getResourceAsStream("/origin-site/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture origin-site/" + name, e);
        }
    }

    /** Binds a free port; {@link #serve} starts it once the page knows where to post. */
    static OriginSite bind() {
        try {
            return new OriginSite(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's origin, for the feedback server's list of allowed origins. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Serves, at every address, a page titled {@code title} whose main content is {@code form}
     * followed by the fixture script {@code script}.
     */
    void serve(String title, String form, String script) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "</head><body><main><h1>" + title + "</h1>\n" + form + "\n<script src=\"/" + script
                + "\"></script></main></body></html>";
        String code = resource(script);
        server.createContext("/", exchange -> {
            boolean js = exchange.getRequestURI().getPath().endsWith(".js");
            byte[] body = (js ? code : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", js ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
