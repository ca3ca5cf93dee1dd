package io.github.consultation.examples;

import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.Option;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.store.AnswersSummary;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The consultation team's views, behind HTTP Basic authentication (user {@code admin}), read a
 * page at a time so that a national consultation's million submissions show in a small heap:
 *
 * <ul>
 *   <li>{@code /admin/feedback}: how many submissions each page has, with a chart of reflections
 *       by role group, counted by the database;
 *   <li>{@code /admin/feedback/submissions?page=/slug&after=ID}: a page's submissions,
 *       {@value #PAGE_SIZE} at a time, oldest first;
 *   <li>{@code /admin/feedback.csv}: every submission, streamed from the database;
 *   <li>{@code POST /admin/feedback/erase}: every submission with one email address.
 * </ul>
 *
 * Nothing personal is served without the password.
 */
final class AdminPages {
    static final String PREFIX = "/admin/feedback";
    static final String QUESTIONNAIRE_CSV = PREFIX + "/questionnaire.csv";
    static final int PAGE_SIZE = 50;
    /** The largest erase form read: an email address and a token, with room to spare. */
    static final int MAX_ERASE_BODY = 4096;
    private static final String USER = "admin";

    private final ServerSettings settings;
    private final Site site;
    private final FeedbackStore store;
    private final Layout layout;
    private final byte[] expected;
    private final String formToken;
    /** {@link #PREFIX} under the site's base path, as the admin pages' links write it. */
    private final String prefix;

    AdminPages(ServerSettings settings, Site site, FeedbackStore store, Layout layout) {
        this.settings = settings;
        this.site = site;
        this.store = store;
        this.layout = layout;
        this.expected = (USER + ":" + settings.adminPassword()).getBytes(StandardCharsets.UTF_8);
        byte[] token = new byte[18];
        new SecureRandom().nextBytes(token);
        this.formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        this.prefix = site.pages().base() + PREFIX.substring(1);
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
            throw new HttpError(401, "Sign in", "Sign in as admin to see the feedback.",
                    "{\"status\":\"unauthorized\"}", Map.of("WWW-Authenticate",
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
            throw new HttpError(503, "Try again later", "The database cannot be read just now.",
                    "{\"status\":\"unavailable\"}", Map.of());
        }
    }

    /** {@code GET /admin/feedback}: the overview. */
    void overview(Exchange exchange) throws IOException {
        reading(() -> exchange.html(200, overview()));
    }

    /** {@code GET /admin/feedback.csv}: every submission of the page form. */
    void csv(Exchange exchange) throws IOException {
        reading(() -> csv(exchange, null));
    }

    /** {@code GET /admin/feedback/questionnaire.csv}: every answer to the questionnaire. */
    void questionnaireCsv(Exchange exchange) throws IOException {
        reading(() -> csv(exchange, site.questionnaire().tab()));
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

    /**
     * Every submission as CSV (the page form's, or for {@code tab} that form's), written as the
     * database reads it: no row is held longer than it takes to write.
     */
    private void csv(Exchange exchange, String tab) throws IOException, SQLException {
        exchange.header("Content-Disposition", "attachment; filename=\""
                + (tab == null ? "feedback" : "questionnaire") + ".csv\"");
        OutputStream stream = exchange.stream(200, "text/csv; charset=utf-8");
        if (exchange.method().equals("HEAD")) {
            return;
        }
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        long rows = store.exportCsv(tab == null ? site.definition().tab() : tab, out);
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
            throw badRequest("The form could not be read.");
        }
        String token = fields.get().getOrDefault("token", "");
        String email = fields.get().getOrDefault("email", "");
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
            throw forbidden();
        }
        if (email.isBlank()) {
            throw badRequest("Enter the email address whose feedback to erase.");
        }
        int erased = store.eraseEmail(email);
        settings.log().println("admin erased " + erased + " submissions by email");
        exchange.html(200, layout.admin("Feedback erased", "<p>Erased " + erased
                + (erased == 1 ? " submission" : " submissions") + " with that email address.</p>\n<p><a href=\""
                + prefix + "\">Back to the feedback</a></p>\n"));
    }

    private static HttpError forbidden() {
        return new HttpError(403, "Not allowed", "Erase from this server's own admin page.",
                "{\"status\":\"forbidden\"}", Map.of());
    }

    private static HttpError badRequest(String message) {
        return new HttpError(400, "Not understood", message, "{\"status\":\"bad request\"}", Map.of());
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

    /** Each page with its count and chart, from the database's counts; the submissions themselves are a link away. */
    private String overview() throws SQLException {
        Map<String, List<FeedbackStore.Count>> byPage = new LinkedHashMap<>();
        for (RenderedPage page : site.pages().all()) {
            byPage.put(pageKey(site.pages().href(page)), new ArrayList<>());
        }
        long total = 0;
        for (FeedbackStore.Count count : store.counts(site.definition().tab())) {
            byPage.computeIfAbsent(count.page(), k -> new ArrayList<>()).add(count);
            total += count.count();
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(total).append(total == 1 ? " submission" : " submissions")
                .append(" in all. <a href=\"").append(prefix).append(".csv\">Download every submission as CSV</a></p>\n");
        body.append("<form method=\"post\" action=\"").append(prefix).append("/erase\" class=\"erase\">\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(HtmlEscaper.attribute(formToken)).append("\">\n")
                .append("<label for=\"erase-email\">Erase every submission with this email address</label>\n")
                .append("<input type=\"email\" id=\"erase-email\" name=\"email\" autocomplete=\"off\" spellcheck=\"false\" required>\n")
                .append("<button type=\"submit\">Erase</button>\n</form>\n");
        int n = 0;
        for (Map.Entry<String, List<FeedbackStore.Count>> page : byPage.entrySet()) {
            n++;
            String name = page.getKey().isEmpty() ? "(no page)" : page.getKey();
            long count = page.getValue().stream().mapToLong(FeedbackStore.Count::count).sum();
            body.append("<section class=\"page-feedback\">\n<h2>").append(HtmlEscaper.text(name)).append(" (")
                    .append(count).append(")</h2>\n");
            if (count == 0) {
                body.append("<p>No feedback yet.</p>\n");
            } else {
                FeedbackChart chart = new FeedbackChart(site.definition(), Locale.ENGLISH);
                page.getValue().forEach(c -> chart.add(c.role(), c.reflection(), c.count()));
                body.append(chart.svg("chart-" + n, name)).append(chart.table("Reflections by role group on " + name))
                        .append("<p><a href=\"").append(HtmlEscaper.url(prefix + "/submissions?page=" + query(page.getKey())))
                        .append("\">Read the ").append(count).append(count == 1 ? " submission" : " submissions")
                        .append(" on ").append(HtmlEscaper.text(name)).append("</a></p>\n");
            }
            body.append("</section>\n");
        }
        questionnaire(body);
        return layout.admin("Feedback", body.toString());
    }

    /** The questionnaire's answers added up: each score by role group, drawn and tabled; the activities most ticked. */
    private void questionnaire(StringBuilder body) throws SQLException {
        FormDefinition form = site.questionnaire();
        AnswersSummary summary = store.summarise(form.tab());
        body.append("<section class=\"questionnaire\">\n<h2>The questionnaire (").append(summary.count())
                .append(summary.count() == 1 ? " answer" : " answers").append(")</h2>\n<p><a href=\"")
                .append(prefix + QUESTIONNAIRE_CSV.substring(PREFIX.length())).append("\">Download every answer as CSV</a></p>\n");
        if (summary.count() > 0) {
            int n = 0;
            for (Question q : form.questions()) {
                if (q instanceof RatingQuestion) {
                    QuestionnaireChart chart = new QuestionnaireChart(form, (RatingQuestion) q, summary);
                    body.append(chart.svg("scores-" + ++n)).append(chart.table());
                }
            }
            int[] chart = {0};
            summary.ticks().forEach((name, byOption) -> {
                ChecklistQuestion checklist = (ChecklistQuestion) form.question(name).orElseThrow();
                Map<String, Long> most = new LinkedHashMap<>();
                byOption.entrySet().stream().filter(e -> e.getValue() > 0).limit(10).forEach(e -> {
                    Option o = checklist.option(e.getKey()).orElseThrow();
                    most.put(o.group().map(g -> g.text() + ": ").orElse("") + o.text(), e.getValue());
                });
                if (!most.isEmpty()) {
                    String label = form.texts(Locale.ENGLISH).find("message.label." + name).orElse(name);
                    TicksChart ticks = new TicksChart(label + " most often ticked", most);
                    body.append(ticks.svg("ticks-" + ++chart[0])).append(ticks.table(label));
                }
            });
        }
        body.append("</section>\n");
    }

    /** One page's submissions, {@value #PAGE_SIZE} at a time, each batch read by its key from where the last ended. */
    private void submissionsOf(Exchange exchange) throws SQLException {
        Optional<Map<String, String>> query = fields(exchange.rawQuery());
        long after;
        try {
            after = Long.parseLong(query.map(q -> q.getOrDefault("after", "0")).orElse("x"));
        } catch (NumberFormatException e) {
            throw badRequest("The address of this list is not one the admin pages make.");
        }
        String page = query.get().getOrDefault("page", "");
        List<FeedbackStore.StoredAnswers> rows = store.read(site.definition().tab(), page, after, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<FeedbackStore.StoredAnswers> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        String name = page.isEmpty() ? "every page" : page;
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"").append(prefix).append("\">Back to the overview</a></p>\n")
                .append(table(shown, name, site.definition()));
        if (more) {
            body.append("<p><a href=\"").append(HtmlEscaper.url(prefix + "/submissions?page=" + query(page) + "&after="
                    + shown.get(shown.size() - 1).id())).append("\">Next ").append(PAGE_SIZE).append(" submissions</a></p>\n");
        }
        exchange.html(200, layout.admin("Feedback on " + name, body.toString()));
    }

    private static String query(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Pages compare without a trailing slash, so {@code /a} and {@code /a/} are one page. */
    static String pageKey(String page) {
        return page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    }

    /**
     * The submissions as a table. Line breaks in the free text are kept: the text is escaped as it
     * is, and the cells show its line breaks ({@code white-space: pre-line} in the stylesheet).
     */
    private static String table(List<FeedbackStore.StoredAnswers> rows, String name, FormDefinition form) {
        StringBuilder t = new StringBuilder("<table class=\"submissions\">\n<caption>Submissions on ")
                .append(HtmlEscaper.text(name)).append("</caption>\n<thead><tr>");
        for (String column : List.of("Received", "Reflection", "Role", "Summary", "Details", "Organisation", "Email")) {
            t.append("<th scope=\"col\">").append(column).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (FeedbackStore.StoredAnswers row : rows) {
            Feedback f = row.answers().asFeedback(form).orElseThrow();
            t.append("<tr>");
            String received = row.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
                    .replace("Z", " UTC");
            for (String cell : List.of(received, f.reflection().map(Option::text).orElse(""),
                    f.role().map(Option::text).orElse(""), f.summary(), f.details(), f.organisation(), f.email())) {
                t.append("<td class=\"text\">").append(HtmlEscaper.text(cell)).append("</td>");
            }
            t.append("</tr>\n");
        }
        if (rows.isEmpty()) {
            t.append("<tr><td colspan=\"7\">No submissions.</td></tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }
}
