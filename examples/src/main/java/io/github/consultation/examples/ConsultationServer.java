package io.github.consultation.examples;

import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFile;
import io.github.consultation.render.FormState;
import io.github.consultation.store.FeedbackStore;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The demo host application: serves the consultation's pages with their forms, takes their
 * submissions as form posts and as the existing site's JSON (one flow for both:
 * {@link SubmissionEndpoint}), keeps valid feedback in the library's store, and shows the team
 * what came in. It runs on Jetty ({@link JettyHost}), which reads requests without a thread per
 * connection and bounds what slow and greedy clients can hold.
 *
 * <p>Its routes, in the order they are tried ({@link #routes}), every one under the site's base
 * path ({@code --base-path}, or a MkDocs project's {@code site_url} path; {@code /} by default):
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code GET /assets/...}</td><td>the library's stylesheets and scripts ({@link StaticAssets})</td></tr>
 *   <tr><td>{@code POST, OPTIONS /api/feedback}</td><td>the JSON endpoint, and a static site's form posts ({@link FeedbackApi})</td></tr>
 *   <tr><td>{@code /admin/feedback...}</td><td>the team's views, behind a password ({@link AdminPages})</td></tr>
 *   <tr><td>{@code GET /health}</td><td>200 when the database answers, else 503</td></tr>
 *   <tr><td>{@code GET /<address>}</td><td>a page at its address with its form ({@code ?sent=1} shows the
 *       thanks); MkDocs' {@code /path} answered 301 to {@code /path/}; one of the site's own files;
 *       at {@code /}, without an {@code index.md}, the list of pages</td></tr>
 *   <tr><td>{@code POST /<address>}</td><td>a form post ({@link SubmissionEndpoint#form})</td></tr>
 * </table>
 *
 * <p>Every error is answered in one place, {@link ErrorAnswers}, in the shape its client reads.
 */
final class ConsultationServer implements AutoCloseable {
    private final ServerSettings settings;
    private final Site site;
    private final FeedbackStore store;
    private final Layout layout;
    private final ErrorAnswers errors;
    private final Routes routes;
    /** Each page read, blank and with the thanks, finished: at most two per page of the site. */
    private final Map<String, byte[]> finished = new ConcurrentHashMap<>();
    private final JettyHost host;

    private ConsultationServer(ServerSettings settings, Site site, FeedbackStore store) throws IOException {
        this.settings = settings;
        this.site = site;
        this.store = store;
        this.layout = new Layout(site.pages(), site.form(), site.name());
        this.errors = new ErrorAnswers(layout);
        this.routes = routes();
        this.host = JettyHost.start(settings, new App(), this::jettyError);
    }

    /** Starts a server for {@code site} on {@code store}; port 0 picks a free one. */
    static ConsultationServer start(ServerSettings settings, Site site, FeedbackStore store) throws IOException {
        return new ConsultationServer(settings, site, store);
    }

    /** The route table: each route's methods, paths, client, body limit and handler. */
    private Routes routes() {
        StaticAssets assets = new StaticAssets(settings.theme());
        SubmissionEndpoint submissions = new SubmissionEndpoint(settings, site, store, layout);
        FeedbackApi api = new FeedbackApi(settings, submissions, errors, site.pages());
        AdminPages admin = new AdminPages(settings, site, store, layout);
        int maxBody = site.flow().maxBodyBytes();
        String prefix = AdminPages.PREFIX;
        Routes.Builder routes = Routes.builder();
        // The questionnaire's CSV only when a page of the site carries it.
        if (site.questionnaire().isPresent()) {
            routes.get(Routes.exact(AdminPages.QUESTIONNAIRE_CSV), admin::questionnaireCsv);
        }
        return routes
                .get(assets::has, assets::serve)
                .api("POST", Routes.exact(FeedbackApi.PATH), maxBody, api::post)
                .api("OPTIONS", Routes.exact(FeedbackApi.PATH), 0, api::preflight)
                .before(Routes.prefix(prefix), admin::signedIn)
                .get(Routes.exact(prefix), admin::overview)
                .get(Routes.exact(prefix + "/submissions"), admin::submissions)
                .get(Routes.exact(prefix + ".csv"), admin::csv)
                .post(Routes.exact(prefix + "/erase"), AdminPages.MAX_ERASE_BODY, admin::erase)
                .get(Routes.exact("/health"), this::health)
                .get(this::isSiteAddress, this::site)
                .post(this::isPage, maxBody, ex -> {
                    RenderedSite.PageFound found = (RenderedSite.PageFound) site.pages().find(ex.fullPath());
                    submissions.form(ex, found.page(), found.href());
                })
                .build();
    }

    /** The port the server listens on. */
    int port() {
        return host.port();
    }

    /** How many connections are open now. */
    int openConnections() {
        return host.openConnections();
    }

    /** Whether accepted connections answer without Nagle's delay (TCP_NODELAY). */
    boolean noDelay() {
        return host.noDelay();
    }

    /**
     * Stops gracefully: no new connections, 503 to new requests, requests in flight finish (for up
     * to the grace period), then the server stops. The store is the caller's to close after.
     */
    @Override
    public void close() {
        host.close();
    }

    private void health(Exchange exchange) {
        boolean healthy = store.healthy();
        exchange.json(healthy ? 200 : 503, healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
    }

    /** {@code path} (below the base) with the base before it: the address the site's pages and files have. */
    private String full(String path) {
        return site.pages().base() + path.substring(1);
    }

    /** Whether something of the site is at {@code path} (below the base): a page, a redirect, a file, or the home. */
    private boolean isSiteAddress(String path) {
        return path.equals("/") || !(site.pages().find(full(path)) instanceof RenderedSite.NotFound)
                || site.pages().bundledFile(path.substring(1)).isPresent();
    }

    private boolean isPage(String path) {
        return site.pages().find(full(path)) instanceof RenderedSite.PageFound;
    }

    /**
     * What the site has at the request's address: a page with its form (blank, or with the thanks
     * after {@code ?sent=1}), a redirect to its address, one of its files, or the list of pages at
     * the base when there is no {@code index.md}.
     */
    private void site(Exchange exchange) {
        RenderedSite.Found found = site.pages().find(exchange.fullPath());
        if (found instanceof RenderedSite.PageFound page) {
            // A page's blank form and its thanks are the same for every reader: each is made and
            // encoded once, when it is first read, and its bytes are sent from then on (made afresh,
            // building and encoding a page took two thirds of the server's samples under load:
            // BENCHMARKS.md, "The demo server under load").
            boolean sent = "sent=1".equals(exchange.rawQuery());
            String href = page.href();
            byte[] html = finished.computeIfAbsent(sent ? href + "?sent=1" : href, key -> layout.page(page.page(),
                    sent ? FormState.succeeded(href) : FormState.blank(href)).getBytes(StandardCharsets.UTF_8));
            exchange.html(200, html);
        } else if (found instanceof RenderedSite.Redirect redirect) {
            String query = exchange.rawQuery();
            exchange.header("Location", redirect.location() + (query == null ? "" : "?" + query));
            exchange.send(301, null, new byte[0]);
        } else if (found instanceof RenderedSite.FileFound file) {
            file(exchange, file.file());
        } else if (exchange.path().equals("/")) {
            exchange.html(200, layout.home());
        } else {
            SitePages.StaticFile image = site.pages().bundledFile(exchange.path().substring(1))
                    .orElseThrow(HttpError::notFound);
            exchange.header("Cache-Control", SiteFile.cacheControl(SiteFile.DEFAULT_MAX_AGE));
            exchange.header("Content-Security-Policy", SiteFile.POLICY);
            exchange.send(200, image.type(), image.bytes());
        }
    }

    /**
     * One of the site's own files, with its type, tag and time, kept by browsers for an hour and
     * answered {@code 304} when the browser has it already; nothing it holds may run.
     */
    private static void file(Exchange exchange, SiteFile file) {
        exchange.header("Cache-Control", SiteFile.cacheControl(SiteFile.DEFAULT_MAX_AGE));
        exchange.header("ETag", file.etag());
        exchange.header("Last-Modified", file.httpDate());
        exchange.header("Content-Security-Policy", SiteFile.POLICY);
        if (file.notModified(exchange.headerOrNull("If-None-Match"), exchange.headerOrNull("If-Modified-Since"))) {
            exchange.send(304, null, new byte[0]);
            return;
        }
        exchange.header("Content-Length", String.valueOf(file.size()));
        try (java.io.InputStream in = file.open(); java.io.OutputStream out = exchange.stream(200, file.contentType())) {
            if (!exchange.method().equals("HEAD")) {
                in.transferTo(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code failure} is the client going away, not a fault of the server. */
    static boolean isAbort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EofException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's own refusals, before any route: a malformed request, headers too large, 503 while stopping. */
    private boolean jettyError(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object attribute = request.getAttribute(ErrorHandler.ERROR_STATUS);
        if (attribute instanceof Integer code) {
            status = code;
        }
        String reason = Optional.ofNullable(HttpStatus.getMessage(status)).orElse("Error");
        String path = request.getHttpURI().getPath() == null ? "" : request.getHttpURI().getPath();
        HttpError error = new HttpError(status, status == 503 ? "restarting" : "unreadable", Map.of(),
                "{\"status\":\"" + reason.toLowerCase(java.util.Locale.ROOT) + "\"}",
                status == 503 ? Map.of("Retry-After", "5", "Connection", "close") : Map.of("Connection", "close"));
        Exchange exchange = new Exchange(request, response, callback, null, x -> { }, "/");
        errors.answer(exchange, path.startsWith("/api/") ? Routes.Client.API : Routes.Client.BROWSER, error);
        return true;
    }

    /** Every request: its route found, its body read, its handler run, and every error answered here. */
    private final class App extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String method = request.getMethod();
            Exchange bodiless = exchange(request, response, callback, null);
            String base = site.pages().base();
            String full = bodiless.fullPath();
            if (!full.startsWith(base)) {
                // Outside the site's base path: the base without its slash is the site, anything else nothing.
                if ((full + "/").equals(base)) {
                    bodiless.header("Location", base);
                    bodiless.send(301, null, new byte[0]);
                } else {
                    errors.answer(bodiless, Routes.Client.BROWSER, HttpError.notFound());
                }
                return true;
            }
            String path = bodiless.path();
            Routes.Found found = routes.find(method, path);
            if (request.getHeaders().size() > settings.maxHeaders()) {
                errors.answer(bodiless, found.client(), HttpError.tooManyHeaders());
                return true;
            }
            if (found.route() == null) {
                errors.answer(bodiless, found.client(), found.error());
                return true;
            }
            try {
                routes.before(path, bodiless);
            } catch (Exception e) {
                fail(bodiless, found.client(), e);
                return true;
            }
            Routes.Route route = found.route();
            if (route.maxBody() == 0) {
                run(route, bodiless);
                return true;
            }
            BodyReader.read(request, route.maxBody(), settings.bodyTimeout().toNanos(), new BodyReader.Done() {
                @Override
                public void read(byte[] body, boolean whole) {
                    Exchange exchange = exchange(request, response, callback, body);
                    if (!whole) {
                        exchange.header("Connection", "close");
                    }
                    run(route, exchange);
                }

                @Override
                public void timedOut() {
                    settings.log().println("timed out: the body of " + method + " " + path + " was too slow to arrive");
                    errors.answer(bodiless, route.client(), HttpError.requestTimeout());
                }

                @Override
                public void failed(Throwable cause) {
                    fail(bodiless, route.client(), cause);
                }
            });
            return true;
        }

        private Exchange exchange(Request request, Response response, Callback callback, byte[] body) {
            return new Exchange(request, response, callback, body, failure -> {
                if (isAbort(failure)) {
                    settings.log().println("aborted: " + request.getMethod() + " " + request.getHttpURI().getDecodedPath()
                            + " (the client closed the connection before its answer was written)");
                }
            }, site.pages().base());
        }

        private void run(Routes.Route route, Exchange exchange) {
            try {
                route.handler().handle(exchange);
                if (!exchange.answered()) {
                    throw new IllegalStateException("no answer from the route for " + exchange.path());
                }
                exchange.finish();
            } catch (Exception | Error e) {
                fail(exchange, route.client(), e);
            }
        }

        /** A handler's refusal in its client's shape; a client gone, logged as such; anything else a 500. */
        private void fail(Exchange exchange, Routes.Client client, Throwable failure) {
            if (failure instanceof HttpError error && !exchange.answered()) {
                errors.answer(exchange, client, error);
            } else if (isAbort(failure)) {
                settings.log().println("aborted: " + exchange.method() + " " + exchange.path()
                        + " (the client closed the connection)");
                exchange.fail(failure);
            } else if (!exchange.answered()) {
                settings.log().println("error " + exchange.method() + " " + exchange.path() + " "
                        + failure.getClass().getSimpleName());
                errors.answer(exchange, client, new HttpError(500, "failed", Map.of(), "{\"status\":\"error\"}", Map.of()));
            } else {
                settings.log().println("error " + exchange.method() + " " + exchange.path() + " "
                        + failure.getClass().getSimpleName() + " after the answer began");
                exchange.fail(failure);
            }
        }
    }
}
