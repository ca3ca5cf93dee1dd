package io.github.consultation.examples;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server under the demo: Jetty 12's core (no servlet layer) with what a server on the
 * internet needs, set from {@link ServerSettings}, around any handler. The demo runs its routes in
 * it, and {@code load-test} runs a handler that answers one finished page in the very same stack,
 * to measure what the stack alone can do.
 *
 * <ul>
 *   <li>HTTP/1.1, and HTTP/2 over cleartext (h2c: by prior knowledge or {@code Upgrade}), for a
 *       proxy in front that speaks it;
 *   <li>request line and headers at most {@link ServerSettings#maxHeaderBytes()} (431 past it),
 *       the idle timeout, and {@link ClientGuard}'s cap per client and header deadline;
 *   <li>gzip for pages, stylesheets, scripts, JSON and CSV a client accepts it for, but not under
 *       {@code /admin/}, whose pages carry a token beside what a request can put in them
 *       (compression would let an observer of their sizes guess it, as in BREACH);
 *   <li>the access log ({@link AccessLog});
 *   <li>a graceful stop: no new connections, 503 to new requests on open ones, requests in
 *       flight finish within the grace period.
 * </ul>
 */
final class JettyHost implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ClientGuard guard;
    private final Optional<AccessLog.Running> accessLog;

    private JettyHost(Server server, ServerConnector connector, ClientGuard guard, Optional<AccessLog.Running> accessLog) {
        this.server = server;
        this.connector = connector;
        this.guard = guard;
        this.accessLog = accessLog;
    }

    /**
     * Starts {@code app} behind the settings' limits, answering Jetty's own refusals (a malformed
     * request, headers too large, 503 while stopping) through {@code errors}.
     *
     * @throws IOException if the port cannot be had
     */
    static JettyHost start(ServerSettings settings, Handler app, Request.Handler errors) throws IOException {
        // The settings' threads run handlers; Jetty's acceptor and selector take two more, and a spare.
        QueuedThreadPool threads = new QueuedThreadPool(settings.threads() + 3, Math.min(4, settings.threads() + 3));
        // Not daemon threads: they keep the process serving once main() has returned.
        threads.setName("consultation-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(settings.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http),
                new HTTP2CServerConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        ClientGuard guard = new ClientGuard(settings.connectionsPerClient(), settings.headerTimeout(),
                new ClientAddress(settings.trustedProxies()), settings.log());
        connector.addBean(guard);
        server.addConnector(connector);

        GzipHandler gzip = new GzipHandler(app);
        gzip.addIncludedMimeTypes("text/html", "text/css", "text/javascript", "application/json", "text/csv",
                "image/svg+xml");
        gzip.addExcludedPaths("/admin/*");
        GracefulHandler graceful = new GracefulHandler(gzip);
        server.setHandler(graceful);
        server.setErrorHandler(errors);
        server.setStopTimeout(settings.grace().toMillis());
        server.setStopAtShutdown(false);
        Optional<AccessLog.Running> accessLog = settings.accessLog().start();
        accessLog.ifPresent(log -> server.setRequestLog(log.requestLog()));
        try {
            server.start();
        } catch (Exception e) {
            guard.close();
            stopQuietly(server);
            if (accessLog.isPresent()) {
                accessLog.get().close();
            }
            throw e instanceof IOException io ? io : new IOException("The server could not start: " + e.getMessage(), e);
        }
        return new JettyHost(server, connector, guard, accessLog);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // It never started.
        }
    }

    /** The port the server listens on. */
    int port() {
        return connector.getLocalPort();
    }

    /**
     * Whether accepted connections have TCP_NODELAY: without it every answer on a kept-alive
     * connection waits about 40 ms for the client's delayed acknowledgement. Jetty's default.
     */
    boolean noDelay() {
        return connector.getAcceptedTcpNoDelay();
    }

    /** How many connections are open now. */
    int openConnections() {
        return guard.openConnections();
    }

    /**
     * Stops gracefully: no new connections, 503 to new requests on open ones, and requests in flight
     * finish (for up to the grace period); then the rest is closed.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping past the grace period ends what was still running; nothing else can be done.
        } finally {
            guard.close();
            accessLog.ifPresent(log -> {
                try {
                    log.close();
                } catch (IOException e) {
                    // The log's file is gone: nothing more to write anyway.
                }
            });
        }
    }
}
