package io.github.consultation.examples;

import io.github.consultation.admin.AdminViews;
import io.github.consultation.store.FeedbackStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consultation team's views ({@link AdminViews}, which the Spring Boot starter shows too),
 * behind HTTP Basic authentication (user {@code admin}), read a page at a time so that a national
 * consultation's million submissions show in a small heap:
 *
 * <ul>
 *   <li>{@code /admin/feedback}: how many submissions each page has, with a chart of reflections
 *       by role group, counted by the database;
 *   <li>{@code /admin/feedback/submissions?page=/slug&after=ID}: a page's submissions,
 *       {@value AdminViews#PAGE_SIZE} at a time, oldest first;
 *   <li>{@code /admin/feedback.csv}: every submission, streamed from the database;
 *   <li>{@code POST /admin/feedback/erase}: every submission with one email address.
 * </ul>
 *
 * Nothing personal is served without the password.
 */
final class AdminPages {
    static final String PREFIX = "/admin/feedback";
    static final String QUESTIONNAIRE_CSV = PREFIX + "/questionnaire.csv";
    /** The largest erase form read: an email address and a token, with room to spare. */
    static final int MAX_ERASE_BODY = 4096;
    private static final String USER = "admin";

    private final ServerSettings settings;
    private final Site site;
    private final FeedbackStore store;
    private final Layout layout;
    private final byte[] expected;
    private final String formToken;
    /** The views, their addresses under the site's base path. */
    private final AdminViews views;

    AdminPages(ServerSettings settings, Site site, FeedbackStore store, Layout layout) {
        this.settings = settings;
        this.site = site;
        this.store = store;
        this.layout = layout;
        this.expected = (USER + ":" + settings.adminPassword()).getBytes(StandardCharsets.UTF_8);
        byte[] token = new byte[18];
        new SecureRandom().nextBytes(token);
        this.formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        AdminViews.Builder views = AdminViews.builder(store).form(site.definition()).locale(site.locale())
                // The pages that carry the page form: a page with another form or none has no count.
                .pages(site.pages().all().stream().filter(p -> p.form().definition().equals(site.definition())
                        && p.formVariant().isPresent()).map(site.pages()::href).toList())
                .path(site.pages().base() + PREFIX.substring(1));
        // The questionnaire's view only when a page carries it.
        site.questionnaire().ifPresent(views::questionnaire);
        this.views = views.build();
    }

    /** A random password for a server started without one. */
    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Before every admin route: lets the team by, and asks anyone else to sign in (401). */
    void signedIn(Exchange exchange) {
        if (!authorised(exchange)) {
            throw new HttpError(401, "sign-in", Map.of(), "{\"status\":\"unauthorized\"}", Map.of("WWW-Authenticate",
                    "Basic realm=\"consultation admin\", charset=\"UTF-8\""));
        }
        exchange.header("Cache-Control", "no-store");
    }

    /** A view that reads the database: 503 when it cannot be read. */
    @FunctionalInterface
    private interface Reading {
        void run() throws IOException, SQLException;
    }

    private void reading(Reading view) throws IOException {
        try {
            view.run();
        } catch (SQLException e) {
            settings.log().println("admin: database error " + e.getErrorCode());
            throw new HttpError(503, "unavailable", Map.of(), "{\"status\":\"unavailable\"}", Map.of());
        }
    }

    /** {@code GET /admin/feedback}: the overview. */
    void overview(Exchange exchange) throws IOException {
        reading(() -> {
            AdminViews.Page view = views.overview(Map.of("token", formToken));
            exchange.html(200, layout.admin(view.title(), view.body()));
        });
    }

    /** {@code GET /admin/feedback.csv}: every submission of the page form. */
    void csv(Exchange exchange) throws IOException {
        reading(() -> csv(exchange, "feedback", views::csv));
    }

    /** {@code GET /admin/feedback/questionnaire.csv}: every answer to the questionnaire. */
    void questionnaireCsv(Exchange exchange) throws IOException {
        reading(() -> csv(exchange, "questionnaire", views::questionnaireCsv));
    }

    /** {@code GET /admin/feedback/submissions}: one page's submissions, a batch at a time. */
    void submissions(Exchange exchange) throws IOException {
        reading(() -> submissionsOf(exchange));
    }

    /** {@code POST /admin/feedback/erase}: every submission with one email address. */
    void erase(Exchange exchange) throws IOException {
        reading(() -> eraseFrom(exchange));
    }

    private boolean authorised(Exchange exchange) {
        String header = exchange.header("Authorization");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(header.substring(6).strip());
            return MessageDigest.isEqual(given, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One of the views' CSV exports, writing to what it is given. */
    @FunctionalInterface
    private interface Export {
        long writeTo(Writer out) throws IOException, SQLException;
    }

    /**
     * Every submission as CSV, in the file {@code name}.csv, written as the database reads it: no
     * row is held longer than it takes to write.
     */
    private void csv(Exchange exchange, String name, Export export) throws IOException, SQLException {
        exchange.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        OutputStream stream = exchange.stream(200, "text/csv; charset=utf-8");
        if (exchange.method().equals("HEAD")) {
            return;
        }
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        long rows = export.writeTo(out);
        out.flush();
        settings.log().println("admin exported " + rows + " submissions");
    }

    private void eraseFrom(Exchange exchange) throws SQLException {
        String origin = exchange.header("Origin");
        if (!origin.isEmpty() && !origin.equalsIgnoreCase(exchange.ownOrigin())) {
            throw forbidden();
        }
        Optional<Map<String, String>> fields = exchange.body().flatMap(b -> fields(new String(b, StandardCharsets.UTF_8)));
        if (fields.isEmpty()) {
            throw badRequest("bad-request");
        }
        String token = fields.get().getOrDefault("token", "");
        String email = fields.get().getOrDefault("email", "");
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
            throw forbidden();
        }
        if (email.isBlank()) {
            throw badRequest("no-email");
        }
        int erased = store.eraseEmail(email);
        settings.log().println("admin erased " + erased + " submissions by email");
        AdminViews.Page view = views.erased(erased);
        exchange.html(200, layout.admin(view.title(), view.body()));
    }

    private static HttpError forbidden() {
        return new HttpError(403, "forbidden", Map.of(), "{\"status\":\"forbidden\"}", Map.of());
    }

    /** 400, with the sentence of the notice {@code message}. */
    private static HttpError badRequest(String message) {
        return new HttpError(400, "bad-request", message, Map.of(), "{\"status\":\"bad request\"}", Map.of());
    }

    /**
     * The fields of a query or form body, each name once; empty if it cannot be read or names a
     * field twice. The admin's own forms and links only: nothing here is a reader's submission.
     */
    static Optional<Map<String, String>> fields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return Optional.of(fields);
        }
        try {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (fields.put(name, value) != null) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /** One page's submissions, {@value AdminViews#PAGE_SIZE} at a time, from where the last batch ended. */
    private void submissionsOf(Exchange exchange) throws SQLException {
        Optional<Map<String, String>> query = fields(exchange.rawQuery());
        long after;
        try {
            after = Long.parseLong(query.map(q -> q.getOrDefault("after", "0")).orElse("x"));
        } catch (NumberFormatException e) {
            throw badRequest("bad-address");
        }
        AdminViews.Page view = views.submissions(query.get().getOrDefault("page", ""), after);
        exchange.html(200, layout.admin(view.title(), view.body()));
    }
}
