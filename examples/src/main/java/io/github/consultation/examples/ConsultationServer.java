package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.RenderedPage;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo host application: serves the consultation's pages with their forms, takes form
 * posts, and keeps valid feedback in the {@link FeedbackStore}.
 *
 * <ul>
 *   <li>{@code GET /}: the list of pages.
 *   <li>{@code GET /<slug>}: a page with its form; {@code ?sent=1} shows the thanks.
 *   <li>{@code POST /<slug>}: a form submission; valid or spam: 303 to the page with the
 *       thanks (spam dropped unseen); invalid: 422 with the form, its values and errors.
 * </ul>
 */
final class ConsultationServer implements AutoCloseable {
    static final int MAX_FORM_BYTES = 64 * 1024;
    static final int MAX_FORM_FIELDS = 64;
    static final Duration GRACE = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final SitePages pages;
    private final FormRenderer form;
    private final FeedbackValidator validator;
    private final FeedbackStore store;
    private final Clock clock;
    private final PrintStream log;
    private final StaticAssets assets;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private ConsultationServer(Settings settings) throws IOException {
        this.pages = settings.pages;
        this.form = settings.form;
        this.validator = settings.validator;
        this.store = settings.store;
        this.clock = settings.clock;
        this.log = settings.log;
        this.assets = new StaticAssets();
        this.server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), 128);
        this.workers = new ThreadPoolExecutor(settings.threads, settings.threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "consultation-http");
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /** Starts a server; {@code settings.port} 0 picks a free port. */
    static ConsultationServer start(Settings settings) throws IOException {
        ConsultationServer s = new ConsultationServer(settings);
        s.server.start();
        return s;
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops gracefully: requests that arrive from now on are answered 503, requests in flight
     * finish (for up to {@code GRACE}), then the server stops.
     */
    @Override
    public void close() {
        draining = true;
        long deadline = System.nanoTime() + GRACE.toNanos();
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
            workers.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
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
        } catch (RuntimeException | IOException e) {
            log.println("error " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + e.getClass().getSimpleName());
            status = 500;
            Http.sendText(exchange, 500, "Sorry \u2014 something went wrong");
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
        log.printf(Locale.ROOT, "%s %s %d %dms%n", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                status, (System.nanoTime() - started) / 1_000_000);
    }

    private int route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/assets/")) {
            return assets.serve(exchange, path.substring("/assets/".length()));
        }
        if (path.equals("/")) {
            return Http.sendHtml(exchange, 200, IndexPage.document(pages.all()));
        }
        Optional<RenderedPage> page = pages.get(path.substring(1));
        if (page.isEmpty()) {
            return Http.sendText(exchange, 404, "There is no page at this address");
        }
        switch (method) {
            case "GET":
            case "HEAD":
                boolean sent = "sent=1".equals(exchange.getRequestURI().getRawQuery());
                FormState state = sent ? FormState.succeeded(path) : FormState.blank(path);
                return Http.sendHtml(exchange, 200, PageLayout.document(page.get(), state, form, pages.all()));
            case "POST":
                return post(exchange, page.get(), path);
            default:
                exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                return Http.sendText(exchange, 405, "This address takes GET and POST only");
        }
    }

    private int post(HttpExchange exchange, RenderedPage page, String path) throws IOException {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Http.sendText(exchange, 415, "Send the form as application/x-www-form-urlencoded");
        }
        Optional<byte[]> body = Http.readBody(exchange, MAX_FORM_BYTES);
        if (body.isEmpty()) {
            return Http.sendText(exchange, 413, "The form is too large");
        }
        Optional<Map<String, List<String>>> fields = FormBody.parse(body.get(), MAX_FORM_FIELDS);
        if (fields.isEmpty()) {
            return Http.sendText(exchange, 400, "The form could not be read");
        }
        Verdict verdict = validator.validateForm(fields.get());
        switch (verdict.status()) {
            case VALID:
                try {
                    long id = store.save(verdict.feedback().orElseThrow(), clock.instant());
                    log.println("stored feedback " + id + " for " + path);
                } catch (SQLException e) {
                    log.println("not stored: " + e.getClass().getSimpleName() + " " + e.getErrorCode());
                    return Http.sendText(exchange, 503, "Sorry \u2014 your feedback could not be saved. Try again.");
                }
                return Http.redirect(exchange, path + "?sent=1#sheets");
            case SPAM:
                log.println("dropped spam for " + path + " (" + verdict.spamReason().orElse("") + ")");
                return Http.redirect(exchange, path + "?sent=1#sheets");
            default:
                FormState failed = FormState.failed(path, verdict.submission(), verdict.errors());
                return Http.sendHtml(exchange, 422, PageLayout.document(page, failed, form, pages.all()));
        }
    }

    /** What a server needs; each field has a working default but the pages and the store. */
    static final class Settings {
        String host = "127.0.0.1";
        int port = 8080;
        int threads = 8;
        SitePages pages;
        FormRenderer form = FormRenderer.create();
        FeedbackValidator validator = FeedbackValidator.create();
        FeedbackStore store;
        Clock clock = Clock.systemUTC();
        PrintStream log = System.err;
    }

    /** Small helpers for answering an exchange. */
    static final class Http {
        private Http() {
        }

        static int sendHtml(HttpExchange exchange, int status, String html) throws IOException {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:;"
                            + " frame-ancestors 'none'; form-action 'self'");
            return send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        static int sendText(HttpExchange exchange, int status, String text) throws IOException {
            return send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
        }

        static int send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            return status;
        }

        static int redirect(HttpExchange exchange, String location) throws IOException {
            exchange.getResponseHeaders().set("Location", URI.create(location).toASCIIString());
            exchange.sendResponseHeaders(303, -1);
            return 303;
        }

        /** The body, or empty if it is longer than {@code max} bytes. */
        static Optional<byte[]> readBody(HttpExchange exchange, int max) throws IOException {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > max) {
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
    }
}
