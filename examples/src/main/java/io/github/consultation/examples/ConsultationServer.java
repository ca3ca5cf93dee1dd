package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.consultation.render.FormState;
import io.github.consultation.pages.RenderedPage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The demo host application: serves the consultation's pages with their forms, takes their
 * submissions as form posts and as the existing site's JSON (one flow for both:
 * {@link SubmissionEndpoint}), and keeps valid feedback in the library's store.
 *
 * <p>Its routes, in the order they are tried:
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code /assets/...}</td><td>stylesheets and scripts ({@link StaticAssets})</td></tr>
 *   <tr><td>{@code /api/feedback}</td><td>the JSON endpoint ({@link FeedbackApi})</td></tr>
 *   <tr><td>{@code /admin/feedback...}</td><td>the consultation team's views ({@link AdminPages})</td></tr>
 *   <tr><td>{@code GET /health}</td><td>200 when the database answers, else 503</td></tr>
 *   <tr><td>{@code GET /}</td><td>the list of pages</td></tr>
 *   <tr><td>{@code GET /<slug>}</td><td>a page with its form ({@code ?sent=1} shows the thanks)</td></tr>
 *   <tr><td>{@code POST /<slug>}</td><td>a form post ({@link SubmissionEndpoint#form})</td></tr>
 *   <tr><td>{@code GET /<path>.png} and other images</td><td>the pages' images</td></tr>
 * </table>
 *
 * <p>Errors are answered in one place, {@link #handle}. Limits: request headers (count and size),
 * the time to read a request and to write an answer, and the body size are bounded; a fixed pool
 * of workers with a bounded queue serves requests; {@link #close()} stops gracefully.
 */
final class ConsultationServer implements AutoCloseable {
    /** One small function over a request; returns the status it answered with. */
    @FunctionalInterface
    interface Handler {
        int handle(HttpExchange exchange, String path) throws IOException;
    }

    /** A route: the paths it takes, and its handler. */
    private record Route(Predicate<String> paths, Handler handler) {
        static Route exact(String path, Handler handler) {
            return new Route(path::equals, handler);
        }

        static Route prefix(String prefix, Handler handler) {
            return new Route(p -> p.startsWith(prefix), handler);
        }
    }

    private final ServerSettings settings;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final Layout layout;
    private final SubmissionEndpoint submissions;
    private final List<Route> routes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private ConsultationServer(ServerSettings settings) throws IOException {
        this.settings = settings;
        this.layout = new Layout(settings.pages, settings.form);
        this.submissions = new SubmissionEndpoint(settings, layout);
        StaticAssets assets = new StaticAssets(settings.theme);
        FeedbackApi api = new FeedbackApi(settings, submissions);
        AdminPages admin = new AdminPages(settings, layout);
        this.routes = List.of(
                Route.prefix("/assets/", (exchange, path) -> assets.serve(exchange, path.substring("/assets/".length()))),
                Route.exact(FeedbackApi.PATH, (exchange, path) -> api.handle(exchange)),
                Route.prefix(AdminPages.PREFIX, admin::handle),
                Route.exact("/health", (exchange, path) -> health(exchange)),
                Route.exact("/", (exchange, path) -> read(exchange, () -> Http.sendHtml(exchange, 200, layout.home()))),
                Route.prefix("/", this::page));
        this.server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), 128);
        this.workers = new ThreadPoolExecutor(settings.threads, settings.threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue), r -> {
                    Thread t = new Thread(r, "consultation-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server; port 0 picks a free one. The JDK server reads its settings once, when it is
     * first used, so they are set here unless the JVM was started with them.
     */
    static ConsultationServer start(ServerSettings settings) throws IOException {
        // Without TCP_NODELAY every answer on a kept-alive connection waits about 40 ms: its last
        // small write meets the client's delayed acknowledgement (Nagle's algorithm).
        setDefault("sun.net.httpserver.nodelay", "true");
        setDefault("sun.net.httpserver.maxReqHeaders", "100");
        setDefault("sun.net.httpserver.maxReqHeaderSize", "16384");
        setDefault("sun.net.httpserver.maxReqTime", "10");
        setDefault("sun.net.httpserver.maxRspTime", "30");
        setDefault("sun.net.httpserver.idleInterval", "30");
        setDefault("sun.net.httpserver.maxIdleConnections", "200");
        ConsultationServer s = new ConsultationServer(settings);
        s.server.start();
        return s;
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops gracefully: requests that arrive from now on are answered 503, requests in flight
     * finish (for up to the grace period), then the server stops.
     */
    @Override
    public void close() {
        draining = true;
        long deadline = System.nanoTime() + settings.grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // JDK 17's HttpServer.stop always waits its whole delay, so the waiting is done above.
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(settings.grace.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every request: the route that takes its path, and every error answered here. */
    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        int status;
        inFlight.incrementAndGet();
        try {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.getResponseHeaders().set("Retry-After", "5");
                status = Http.sendText(exchange, 503, "The service is restarting; try again in a moment");
            } else {
                status = route(exchange, path);
            }
        } catch (IOException | RuntimeException e) {
            settings.log.println("error " + exchange.getRequestMethod() + " " + path + " " + e.getClass().getSimpleName());
            status = 500;
            try {
                Http.sendText(exchange, 500, "Sorry \u2014 something went wrong");
            } catch (IOException | RuntimeException ignored) {
                // The answer could not be sent; the connection is closed below.
            }
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
        settings.log.printf(Locale.ROOT, "%s %s %d %dms%n", exchange.getRequestMethod(), path, status,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int route(HttpExchange exchange, String path) throws IOException {
        for (Route route : routes) {
            if (route.paths().test(path)) {
                return route.handler().handle(exchange, path);
            }
        }
        return notFound(exchange);
    }

    private int health(HttpExchange exchange) throws IOException {
        boolean healthy = settings.store.healthy();
        return Http.sendJson(exchange, healthy ? 200 : 503, healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
    }

    /** A page of the site (read, or posted to), else one of its images, else not found. */
    private int page(HttpExchange exchange, String path) throws IOException {
        String slug = path.substring(1);
        Optional<RenderedPage> page = settings.pages.get(slug);
        if (page.isPresent()) {
            if (exchange.getRequestMethod().equals("POST")) {
                return submissions.form(exchange, page.get(), path);
            }
            boolean sent = "sent=1".equals(exchange.getRequestURI().getRawQuery());
            FormState state = sent ? FormState.succeeded(path) : FormState.blank(path);
            return read(exchange, () -> Http.sendHtml(exchange, 200, layout.page(page.get(), state)), "GET, HEAD, POST");
        }
        Optional<SitePages.StaticFile> file = isRead(exchange) ? settings.pages.file(slug) : Optional.empty();
        if (file.isPresent()) {
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            return Http.send(exchange, 200, file.get().type(), file.get().bytes());
        }
        return notFound(exchange);
    }

    private int notFound(HttpExchange exchange) throws IOException {
        return Http.sendHtml(exchange, 404, layout.notFound());
    }

    /** An answer for a read, or 405 for another method. */
    private static int read(HttpExchange exchange, Answer answer) throws IOException {
        return read(exchange, answer, "GET, HEAD");
    }

    private static int read(HttpExchange exchange, Answer answer, String allowed) throws IOException {
        if (isRead(exchange)) {
            return answer.send();
        }
        exchange.getResponseHeaders().set("Allow", allowed);
        return Http.sendText(exchange, 405, "This address takes " + allowed.replace(", ", " and ") + " only");
    }

    private interface Answer {
        int send() throws IOException;
    }

    private static boolean isRead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
    }
}
