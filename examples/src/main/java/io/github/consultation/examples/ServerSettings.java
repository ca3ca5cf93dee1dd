package io.github.consultation.examples;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.validate.FeedbackValidator;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the demo server needs; every field has a working default but the pages and the store. */
final class ServerSettings {
    String host = "127.0.0.1";
    int port = 8080;
    int threads = 16;
    int queue = 256;
    SitePages pages;
    FeedbackStore store;
    FormRenderer form = FormRenderer.builder().jsonEndpoint("/api/feedback").build();
    /** A validator per language, English first; the JSON endpoint picks one by Accept-Language. */
    List<FeedbackValidator> validators = new ArrayList<>();
    List<String> allowedOrigins = new ArrayList<>();
    List<String> trustedProxies = new ArrayList<>();
    /** Submissions a client may send at once; 0 turns rate limiting off. */
    int rateBurst = 10;
    /** Submissions a client may send per minute once its burst is spent. */
    double ratePerMinute = 6;
    int rateClients = 10_000;
    String adminPassword;
    int maxBodyBytes = 64 * 1024;
    int maxFormFields = 64;
    Duration grace = Duration.ofSeconds(10);
    Clock clock = Clock.systemUTC();
    PrintStream log = System.err;
}
