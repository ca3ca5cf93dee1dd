package io.github.consultation.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for the existing consultation site, on an origin of its own: one page carrying a
 * form from {@code src/test/resources/origin-site} and the site's own script, served by a Jetty
 * of its own, so that the script posts across origins as it does in production.
 */
final class OriginSite implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private OriginSite(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** A fixture of {@code src/test/resources/origin-site}. */
    static String resource(String name) {
        return fixture("/origin-site/" + name);
    }

    /**
     * The seed page's feedback form as the existing site serves it: the render module's fixture
     * (beside {@code SeedFormTest}), shared through its test jar rather than copied.
     */
    static String seedForm() {
        return fixture("/io/github/consultation/render/seed-feedback-form.html");
    }

    private static String fixture(String path) {
        try (InputStream in = OriginSite.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + path, e);
        }
    }

    /** Binds a free port; {@link #serve} starts it once the page knows where to post. */
    static OriginSite bind() {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        try {
            connector.open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new OriginSite(server, connector);
    }

    /** The site's origin, for the feedback server's list of allowed origins. */
    String origin() {
        return "http://127.0.0.1:" + connector.getLocalPort();
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
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                boolean js = request.getHttpURI().getPath().endsWith(".js");
                response.getHeaders().put("Content-Type", js ? "text/javascript" : "text/html; charset=utf-8");
                response.write(true, ByteBuffer.wrap((js ? code : page).getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the origin site did not start", e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
