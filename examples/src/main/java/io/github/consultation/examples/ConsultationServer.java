package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.consultation.model.FormVariant;
import io.github.consultation.form.FormState;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.validate.Verdict;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo host application: serves the consultation's pages with their forms, takes their
 * submissions as form posts and as the existing site's JSON, and keeps valid feedback in the
 * {@link FeedbackStore}.
 *
 * <ul>
 *   <li>{@code GET /}: the list of pages; {@code GET /<slug>}: a page with its form
 *       ({@code ?sent=1} shows the thanks); {@code GET /<path>.png} and other images: the pages'
 *       images.
 *   <li>{@code POST /<slug>}: a form post; valid, duplicate or spam: 303 to the page with the
 *       thanks; invalid: 422 with the form, its values and errors; past the rate limit: 429.
 *   <li>{@code POST /api/feedback}: see {@link FeedbackApi}.
 *   <li>{@code /admin/feedback}, {@code /admin/feedback.csv}: see {@link AdminPages}.
 *   <li>{@code GET /health}: 200 when the database answers, else 503.
 * </ul>
 *
 * <p>Limits: request headers (count and size), the time to read a request and to write an
 * answer, and the body size are bounded; a fixed pool of workers with a bounded queue serves
 * requests; {@link #close()} stops gracefully.
 */
final class ConsultationServer implements AutoCloseable {
    private final ServerSettings settings;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final FeedbackApi api;
    private final AdminPages admin;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final StaticAssets assets = new StaticAssets();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private ConsultationServer(ServerSettings settings) throws IOException {
        this.settings = settings;
        this.clients = new ClientAddress(settings.trustedProxies);
        this.limiter = settings.rateBurst <= 0 ? null
                : new RateLimiter(settings.rateBurst, settings.ratePerMinute, settings.rateClients, System::nanoTime);
        this.api = new FeedbackApi(settings, limiter, clients);
        this.admin = new AdminPages(settings);
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
     * Starts a server; port 0 picks a free one. The JDK server reads its limits once, when it is
     * first used, so they are set here unless the JVM was started with them.
     */
    static ConsultationServer start(ServerSettings settings) throws IOException {
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

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        int status;
        inFlight.incrementAndGet();
        try {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.getResponseHeaders().set("Retry-After", "5");
                status = Http.sendText(exchange, 503, "The service is restarting; try again in a moment");
            } else {
                status = route(exchange);
            }
        } catch (IOException | RuntimeException e) {
            settings.log.println("error " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + e.getClass().getSimpleName());
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
        settings.log.printf(Locale.ROOT, "%s %s %d %dms%n", exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), status, (System.nanoTime() - started) / 1_000_000);
    }

    private int route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/assets/")) {
            return assets.serve(exchange, path.substring("/assets/".length()));
        }
        if (path.equals(FeedbackApi.PATH)) {
            return api.handle(exchange);
        }
        if (path.startsWith(AdminPages.PREFIX)) {
            return admin.handle(exchange, path);
        }
        if (path.equals("/health")) {
            boolean healthy = settings.store.healthy();
            return Http.sendJson(exchange, healthy ? 200 : 503, healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
        }
        if (path.equals("/")) {
            return Http.sendHtml(exchange, 200, IndexPage.document(settings.pages.all()));
        }
        String slug = path.substring(1);
        Optional<RenderedPage> page = settings.pages.get(slug);
        if (page.isEmpty()) {
            Optional<SitePages.StaticFile> file = isRead(exchange) ? settings.pages.file(slug) : Optional.empty();
            if (file.isPresent()) {
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
                exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
                return Http.send(exchange, 200, file.get().type(), file.get().bytes());
            }
            return Http.sendText(exchange, 404, "There is no page at this address");
        }
        if (isRead(exchange)) {
            boolean sent = "sent=1".equals(exchange.getRequestURI().getRawQuery());
            FormState state = sent ? FormState.succeeded(path) : FormState.blank(path);
            return Http.sendHtml(exchange, 200, PageLayout.document(page.get(), state, settings.form, settings.pages.site()));
        }
        if (exchange.getRequestMethod().equals("POST")) {
            return post(exchange, page.get(), path);
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
        return Http.sendText(exchange, 405, "This address takes GET and POST only");
    }

    private static boolean isRead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
    }

    /** The seconds until {@code exchange}'s client may send again, if it is over its limit now. */
    static Optional<Integer> rateLimited(HttpExchange exchange, RateLimiter limiter, ClientAddress clients) {
        if (limiter == null) {
            return Optional.empty();
        }
        String client = clients.of(exchange.getRemoteAddress().getAddress(), exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
        RateLimiter.Decision decision = limiter.tryAcquire(client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        return Optional.of((int) decision.retryAfterSeconds());
    }

    /**
     * Stores the feedback of a valid verdict (once, if it is a duplicate) and logs what happened,
     * without its content; false if the database did not take it.
     */
    static boolean keep(ServerSettings settings, Verdict verdict, String where) {
        try {
            FeedbackStore.Saved saved = settings.store.save(verdict.feedback().orElseThrow(), settings.clock.instant());
            settings.log.println(saved.duplicate() ? "duplicate feedback for " + where + " not stored again"
                    : "stored feedback " + saved.id() + " for " + where);
            return true;
        } catch (SQLException e) {
            settings.log.println("not stored: " + e.getClass().getSimpleName() + " " + e.getErrorCode());
            return false;
        }
    }

    private int post(HttpExchange exchange, RenderedPage page, String path) throws IOException {
        Optional<Integer> limited = rateLimited(exchange, limiter, clients);
        if (limited.isPresent()) {
            return Http.sendHtml(exchange, 429, PageLayout.notice("Too many submissions",
                    "You have sent a lot of feedback in a short time. Wait " + limited.get()
                            + (limited.get() == 1 ? " second" : " seconds") + ", then go back and send it again.",
                    settings.form));
        }
        if (!Http.hasType(exchange, "application/x-www-form-urlencoded")) {
            return Http.sendText(exchange, 415, "Send the form as application/x-www-form-urlencoded");
        }
        Optional<byte[]> body = Http.readBody(exchange, settings.maxBodyBytes);
        if (body.isEmpty()) {
            return Http.sendText(exchange, 413, "The form is too large");
        }
        Optional<Map<String, List<String>>> fields = FormBody.parse(body.get(), settings.maxFormFields);
        if (fields.isEmpty()) {
            return Http.sendText(exchange, 400, "The form could not be read");
        }
        FormVariant variant = page.formVariant().orElse(FormVariant.FULL);
        Verdict verdict = settings.validators.get(0).validateForm(fields.get(), variant);
        switch (verdict.status()) {
            case VALID:
                if (!keep(settings, verdict, path)) {
                    return Http.sendHtml(exchange, 503, PageLayout.notice("Feedback not saved",
                            "Sorry \u2014 your feedback could not be saved just now. Go back and send it again.", settings.form));
                }
                return Http.redirect(exchange, path + "?sent=1#sheets");
            case SPAM:
                settings.log.println("dropped spam for " + path + " (" + verdict.spamReason().orElse("") + ")");
                return Http.redirect(exchange, path + "?sent=1#sheets");
            default:
                FormState failed = FormState.failed(path, verdict.submission(), verdict.errors());
                return Http.sendHtml(exchange, 422, PageLayout.document(page, failed, settings.form, settings.pages.site()));
        }
    }
}
