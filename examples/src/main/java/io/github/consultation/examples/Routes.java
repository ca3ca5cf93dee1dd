package io.github.consultation.examples;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo server's route table, as Javalin keeps one: each route its methods, its path, the kind
 * of client it answers (which decides the shape of its errors), the largest body it reads, and a
 * small handler; filters that run before the routes of a path. Finding a route gives the route, or
 * the error to answer: 405 with the methods the path takes, or 404. Paths are the decoded path of
 * the request (below the site's base path, when it has one). Immutable.
 *
 * <pre>{@code
 * Routes routes = Routes.builder()
 *         .get(Routes.exact("/health"), ex -> ex.json(200, "{\"status\":\"ok\"}"))
 *         .api("POST", Routes.exact("/api/feedback"), 65_536, api::post)
 *         .build();
 * }</pre>
 */
final class Routes {
    /** Who reads a route's answers, and so its errors: a person in a browser, or a script. */
    enum Client { BROWSER, API }

    /** One small function over a request: it answers through the exchange, or throws an {@link HttpError}. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange) throws Exception;
    }

    /** The paths a route takes. */
    @FunctionalInterface
    interface Paths {
        boolean take(String path);
    }

    /** {@code path} and no other. */
    static Paths exact(String path) {
        return path::equals;
    }

    /** Every path that starts with {@code prefix}. */
    static Paths prefix(String prefix) {
        return p -> p.startsWith(prefix);
    }

    /**
     * A route.
     *
     * @param methods the methods it takes ({@code GET} routes take {@code HEAD} too)
     * @param paths the paths it takes
     * @param client who reads its answers
     * @param maxBody the largest body it reads; 0 for none
     * @param handler what answers
     */
    record Route(Set<String> methods, Paths paths, Client client, int maxBody, Handler handler) {
        Route {
            methods = Set.copyOf(methods);
        }
    }

    /** A filter that runs before any route of its paths: it lets the request by, or throws an {@link HttpError}. */
    record Before(Paths paths, Handler handler) {
    }

    /**
     * What a request found: a route, or an error; and in either case who reads the answer.
     *
     * @param route the route, or null
     * @param error the error, when there is no route
     * @param client who reads the answer
     */
    record Found(Route route, HttpError error, Client client) {
    }

    private final List<Route> routes;
    private final List<Before> befores;

    private Routes(List<Route> routes, List<Before> befores) {
        this.routes = List.copyOf(routes);
        this.befores = List.copyOf(befores);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The route for {@code method} on {@code path}: the first in the table that takes both. */
    Found find(String method, String path) {
        Set<String> allowed = null;
        Client client = null;
        for (Route route : routes) {
            if (route.paths().take(path)) {
                if (route.methods().contains(method)) {
                    return new Found(route, null, route.client());
                }
                if (allowed == null) {
                    allowed = new LinkedHashSet<>();
                    client = route.client();
                }
                allowed.addAll(order(route.methods()));
            }
        }
        if (allowed != null) {
            return new Found(null, HttpError.methodNotAllowed(String.join(", ", allowed)), client);
        }
        return new Found(null, HttpError.notFound(), path.startsWith("/api/") ? Client.API : Client.BROWSER);
    }

    /** Runs the filters of {@code path}, in the order they were added. */
    void before(String path, Exchange exchange) throws Exception {
        for (Before before : befores) {
            if (before.paths().take(path)) {
                before.handler().handle(exchange);
            }
        }
    }

    private static List<String> order(Set<String> methods) {
        return methods.stream().sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    /** Methods in the order people write them in an {@code Allow} header. */
    private static int rank(String method) {
        int i = List.of("GET", "HEAD", "POST", "OPTIONS").indexOf(method);
        return i < 0 ? 99 : i;
    }

    /** Collects routes in the order they are tried. */
    static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private final List<Before> befores = new ArrayList<>();

        private Builder() {
        }

        /** A page or file a browser reads: {@code GET} and {@code HEAD}. */
        Builder get(Paths paths, Handler handler) {
            routes.add(new Route(Set.of("GET", "HEAD"), paths, Client.BROWSER, 0, handler));
            return this;
        }

        /** A form a browser posts, its body at most {@code maxBody} bytes. */
        Builder post(Paths paths, int maxBody, Handler handler) {
            routes.add(new Route(Set.of("POST"), paths, Client.BROWSER, maxBody, handler));
            return this;
        }

        /** An endpoint a script calls with {@code method}, its body at most {@code maxBody} bytes (0 for none). */
        Builder api(String method, Paths paths, int maxBody, Handler handler) {
            routes.add(new Route(Set.of(method), paths, Client.API, maxBody, handler));
            return this;
        }

        /** A filter for {@code paths}, run before their route (and before their body is read). */
        Builder before(Paths paths, Handler handler) {
            befores.add(new Before(paths, handler));
            return this;
        }

        Routes build() {
            return new Routes(routes, befores);
        }
    }
}
