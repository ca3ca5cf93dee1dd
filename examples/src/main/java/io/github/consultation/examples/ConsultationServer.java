package io.github.consultation.examples;

import io.github.consultation.pages.RenderedPage;
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
 * <p>Its routes, in the order they are tried ({@link #routes}):
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code GET /assets/...}</td><td>stylesheets and scripts ({@link StaticAssets})</td></tr>
 *   <tr><td>{@code POST, OPTIONS /api/feedback}</td><td>the JSON endpoint ({@link FeedbackApi})</td></tr>
 *   <tr><td>{@code /admin/feedback...}</td><td>the team's views, behind a password ({@link AdminPages})</td></tr>
 *   <tr><td>{@code GET /health}</td><td>200 when the database answers, else 503</td></tr>
 *   <tr><td>{@code GET /}</td><td>the list of pages</td></tr>
 *   <tr><td>{@code GET /<slug>}</td><td>a page with its form ({@code ?sent=1} shows the thanks)</td></tr>
 *   <tr><td>{@code POST /<slug>}</td><td>a form post ({@link SubmissionEndpoint#form})</td></tr>
 *   <tr><td>{@code GET /<path>.png} and other images</td><td>the pages' images</td></tr>
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
        this.layout = new Layout(site.pages(), site.form());
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
        FeedbackApi api = new FeedbackApi(settings, submissions);
        AdminPages admin = new AdminPages(settings, site, store, layout);
        int maxBody = site.flow().maxBodyBytes();
        String prefix = AdminPages.PREFIX;
        return Routes.builder()
                .get(Routes.prefix("/assets/"), assets::serve)
                .api("POST", Routes.exact(FeedbackApi.PATH), maxBody, api::post)
                .api("OPTIONS", Routes.exact(FeedbackApi.PATH), 0, api::preflight)
                .before(Routes.prefix(prefix), admin::signedIn)
                .get(Routes.exact(prefix), admin::overview)
                .get(Routes.exact(prefix + "/submissions"), admin::submissions)
                .get(Routes.exact(prefix + ".csv"), admin::csv)
                .get(Routes.exact(AdminPages.QUESTIONNAIRE_CSV), admin::questionnaireCsv)
                .post(Routes.exact(prefix + "/erase"), AdminPages.MAX_ERASE_BODY, admin::erase)
                .get(Routes.exact("/health"), this::health)
                .get(Routes.exact("/"), ex -> ex.html(200, layout.home()))
                .get(this::isPage, this::page)
                .post(this::isPage, maxBody, ex -> submissions.form(ex, page(ex.path()), ex.path()))
                .get(path -> SitePages.isImage(path.substring(1)), this::image)
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

    private boolean isPage(String path) {
        return site.pages().get(path.substring(1)).isPresent();
    }

    private RenderedPage page(String path) {
        return site.pages().get(path.substring(1)).orElseThrow(HttpError::notFound);
    }

    /**
     * A page with its form, blank or with the thanks. Either is the same for every reader, so each
     * is made and encoded once, when it is first read, and its bytes are sent from then on: made
     * afresh, building and encoding a page took two thirds of the server's samples under load
     * (BENCHMARKS.md, "The demo server under load").
     */
    private void page(Exchange exchange) {
        String path = exchange.path();
        boolean sent = "sent=1".equals(exchange.rawQuery());
        byte[] html = finished.computeIfAbsent(sent ? path + "?sent=1" : path, key -> layout.page(page(path),
                sent ? FormState.succeeded(path) : FormState.blank(path)).getBytes(StandardCharsets.UTF_8));
        exchange.html(200, html);
    }

    private void image(Exchange exchange) {
        Optional<SitePages.StaticFile> file = site.pages().file(exchange.path().substring(1));
        if (file.isEmpty()) {
            throw HttpError.notFound();
        }
        exchange.header("Cache-Control", "public, max-age=300");
        exchange.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        exchange.send(200, file.get().type(), file.get().bytes());
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
        HttpError error = new HttpError(status, reason, status == 503
                ? "The service is restarting. Try again in a moment." : "This server could not read the request.",
                "{\"status\":\"" + reason.toLowerCase(java.util.Locale.ROOT) + "\"}",
                status == 503 ? Map.of("Retry-After", "5", "Connection", "close") : Map.of("Connection", "close"));
        Exchange exchange = new Exchange(request, response, callback, null, x -> { });
        errors.answer(exchange, path.startsWith("/api/") ? Routes.Client.API : Routes.Client.BROWSER, error);
        return true;
    }

    /** Every request: its route found, its body read, its handler run, and every error answered here. */
    private final class App extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String method = request.getMethod();
            String path = request.getHttpURI().getDecodedPath();
            Routes.Found found = routes.find(method, path);
            Exchange bodiless = exchange(request, response, callback, null);
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
            });
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
                errors.answer(exchange, client, new HttpError(500, "Something went wrong",
                        "Sorry \u2014 something went wrong. Try again in a moment.", "{\"status\":\"error\"}", Map.of()));
            } else {
                settings.log().println("error " + exchange.method() + " " + exchange.path() + " "
                        + failure.getClass().getSimpleName() + " after the answer began");
                exchange.fail(failure);
            }
        }
    }
}
