package io.github.consultation.examples;

import io.github.consultation.render.Theme;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the demo server runs: where it listens, the limits it puts on clients, the site's theme and
 * language, rate limits, the admin password, where it logs. Built once, by {@link #builder()},
 * and never changed; what the site is made of (pages, forms, the flow, the store) is {@link Site}.
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.builder().port(8080).locale(Locale.forLanguageTag("cy")).build();
 * }</pre>
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param threads the threads that run handlers (a slow client holds none: Jetty reads requests
 *     without a thread per connection)
 * @param idleTimeout how long a kept-alive connection may say nothing before it is closed
 * @param headerTimeout how long a request's line and headers may take to arrive, from its first
 *     byte (from the connection's opening, for its first request)
 * @param bodyTimeout how long a request's body may take to arrive once its headers have
 * @param connectionsPerClient the connections one client address may hold open at once; a
 *     {@linkplain #trustedProxies trusted proxy} carries many readers and has no cap of its own
 * @param maxHeaders the most header fields a request may carry
 * @param maxHeaderBytes the most bytes a request's line and headers may take
 * @param grace how long requests in flight may take to finish when the server stops
 * @param accessLog where each request is logged ({@link AccessLog})
 * @param log where the server says what it did (stored, refused, rate limited, aborted)
 */
record ServerSettings(String host, int port, int threads, Duration idleTimeout, Duration headerTimeout,
        Duration bodyTimeout, int connectionsPerClient, int maxHeaders, int maxHeaderBytes, Duration grace,
        Theme theme, Locale locale, List<String> allowedOrigins, List<String> trustedProxies, int rateBurst,
        double ratePerMinute, int refusedBurst, double refusedPerMinute, int rateClients, String adminPassword,
        Clock clock, AccessLog accessLog, PrintStream log) {
    /** The defaults, stated once for the command's help, the docs and the server. */
    static final int THREADS = 16;
    static final int IDLE_TIMEOUT_SECONDS = 30;
    static final int HEADER_TIMEOUT_SECONDS = 10;
    static final int BODY_TIMEOUT_SECONDS = 10;
    static final int CONNECTIONS_PER_CLIENT = 64;
    static final int MAX_HEADERS = 100;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int GRACE_SECONDS = 10;
    static final int RATE_BURST = 10;
    static final double RATE_PER_MINUTE = 6;
    static final int REFUSED_BURST = 60;
    static final double REFUSED_PER_MINUTE = 60;

    ServerSettings {
        Objects.requireNonNull(host, "host");
        allowedOrigins = List.copyOf(allowedOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        // Each is checked here once, so that the server never meets an impossible value.
        new ClientAddress(trustedProxies);
        for (Duration d : List.of(idleTimeout, headerTimeout, bodyTimeout, grace)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts and the grace period must be positive: " + d);
            }
        }
        if (threads < 1 || connectionsPerClient < 1 || maxHeaders < 1 || maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("threads, connections per client and header limits must be positive");
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** Whether submissions are rate limited at all. */
    boolean rateLimited() {
        return rateBurst > 0;
    }

    /** Collects the settings; {@link #build()} checks them. Every setting has a working default. */
    static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private int threads = THREADS;
        private Duration idleTimeout = Duration.ofSeconds(IDLE_TIMEOUT_SECONDS);
        private Duration headerTimeout = Duration.ofSeconds(HEADER_TIMEOUT_SECONDS);
        private Duration bodyTimeout = Duration.ofSeconds(BODY_TIMEOUT_SECONDS);
        private int connectionsPerClient = CONNECTIONS_PER_CLIENT;
        private int maxHeaders = MAX_HEADERS;
        private int maxHeaderBytes = MAX_HEADER_BYTES;
        private Duration grace = Duration.ofSeconds(GRACE_SECONDS);
        private Theme theme = Theme.ORIGIN;
        private Locale locale = Locale.ENGLISH;
        private final List<String> allowedOrigins = new ArrayList<>();
        private final List<String> trustedProxies = new ArrayList<>();
        private int rateBurst = RATE_BURST;
        private double ratePerMinute = RATE_PER_MINUTE;
        private int refusedBurst = REFUSED_BURST;
        private double refusedPerMinute = REFUSED_PER_MINUTE;
        private int rateClients = 10_000;
        private String adminPassword = AdminPages.randomPassword();
        private Clock clock = Clock.systemUTC();
        private AccessLog accessLog = AccessLog.OFF;
        private PrintStream log = System.err;

        private Builder() {
        }

        Builder host(String host) {
            this.host = host;
            return this;
        }

        Builder port(int port) {
            this.port = port;
            return this;
        }

        Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        Builder headerTimeout(Duration headerTimeout) {
            this.headerTimeout = headerTimeout;
            return this;
        }

        Builder bodyTimeout(Duration bodyTimeout) {
            this.bodyTimeout = bodyTimeout;
            return this;
        }

        Builder connectionsPerClient(int connectionsPerClient) {
            this.connectionsPerClient = connectionsPerClient;
            return this;
        }

        Builder grace(Duration grace) {
            this.grace = grace;
            return this;
        }

        Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        /** The language of the site: its pages, forms and answers. */
        Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /** Another site whose script may post to the JSON endpoint. */
        Builder allowOrigin(String origin) {
            allowedOrigins.add(origin);
            return this;
        }

        /** A proxy (an address, or a network such as {@code 10.0.0.0/8}) whose {@code X-Forwarded-For} is believed. */
        Builder trustProxy(String proxy) {
            trustedProxies.add(proxy);
            return this;
        }

        /** Accepted submissions a client may send at once; 0 turns rate limiting off. */
        Builder rateBurst(int rateBurst) {
            this.rateBurst = rateBurst;
            return this;
        }

        /** Accepted submissions a client may send per minute once its burst is spent. */
        Builder ratePerMinute(double ratePerMinute) {
            this.ratePerMinute = ratePerMinute;
            return this;
        }

        /**
         * Refused submissions (errors to correct) a client may send at once, and per minute after: a
         * separate, more generous budget, so that a reader correcting mistakes never meets the limit.
         */
        Builder refused(int burst, double perMinute) {
            this.refusedBurst = burst;
            this.refusedPerMinute = perMinute;
            return this;
        }

        Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        Builder accessLog(AccessLog accessLog) {
            this.accessLog = accessLog;
            return this;
        }

        Builder log(PrintStream log) {
            this.log = log;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException if a trusted proxy is not an address or network, or a
         *     timeout or limit is not positive
         */
        ServerSettings build() {
            return new ServerSettings(host, port, threads, idleTimeout, headerTimeout, bodyTimeout, connectionsPerClient,
                    maxHeaders, maxHeaderBytes, grace, theme, locale, allowedOrigins, trustedProxies, rateBurst,
                    ratePerMinute, refusedBurst, refusedPerMinute, rateClients, adminPassword, clock, accessLog, log);
        }
    }
}
