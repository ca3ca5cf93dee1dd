package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.Option;
import io.github.consultation.form.HtmlEscaper;
import io.github.consultation.pages.RenderedPage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consultation team's view, behind HTTP Basic authentication (user {@code admin}):
 * {@code /admin/feedback} (submissions per page, with a chart of reflections by role group),
 * {@code /admin/feedback.csv} (every submission) and {@code POST /admin/feedback/erase} (every
 * submission with one email address). Nothing personal is served without the password.
 */
final class AdminPages {
    static final String PREFIX = "/admin/feedback";
    private static final String USER = "admin";

    private final ServerSettings settings;
    private final byte[] expected;
    private final String formToken;

    AdminPages(ServerSettings settings) {
        this.settings = settings;
        this.expected = (USER + ":" + settings.adminPassword).getBytes(StandardCharsets.UTF_8);
        byte[] token = new byte[18];
        new SecureRandom().nextBytes(token);
        this.formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** A random password for a server started without one. */
    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    int handle(HttpExchange exchange, String path) throws IOException {
        if (!authorised(exchange)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"consultation admin\", charset=\"UTF-8\"");
            return Http.sendText(exchange, 401, "Sign in as admin to see the feedback");
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            if (path.equals(PREFIX) && isGet(exchange)) {
                return Http.sendHtml(exchange, 200, overview());
            }
            if (path.equals(PREFIX + ".csv") && isGet(exchange)) {
                StringWriter csv = new StringWriter();
                FeedbackCsv.write(settings.store.all(), csv);
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"feedback.csv\"");
                return Http.send(exchange, 200, "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (path.equals(PREFIX + "/erase") && exchange.getRequestMethod().equals("POST")) {
                return erase(exchange);
            }
        } catch (SQLException e) {
            settings.log.println("admin: database error " + e.getErrorCode());
            return Http.sendText(exchange, 503, "The database cannot be read just now");
        }
        return Http.sendText(exchange, 404, "There is nothing at this address");
    }

    private static boolean isGet(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
    }

    private boolean authorised(HttpExchange exchange) {
        String header = Http.header(exchange, "Authorization");
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

    private int erase(HttpExchange exchange) throws IOException, SQLException {
        String origin = Http.header(exchange, "Origin");
        if (!origin.isEmpty() && !origin.equalsIgnoreCase(Http.ownOrigin(exchange))) {
            return Http.sendText(exchange, 403, "Erase from this server's own admin page");
        }
        Optional<byte[]> body = Http.readBody(exchange, 4096);
        Optional<Map<String, List<String>>> fields = body.flatMap(b -> FormBody.parse(b, 8));
        if (fields.isEmpty()) {
            return Http.sendText(exchange, 400, "The form could not be read");
        }
        List<String> token = fields.get().getOrDefault("token", List.of());
        List<String> email = fields.get().getOrDefault("email", List.of());
        if (token.size() != 1 || !MessageDigest.isEqual(token.get(0).getBytes(StandardCharsets.UTF_8),
                formToken.getBytes(StandardCharsets.UTF_8))) {
            return Http.sendText(exchange, 403, "Erase from this server's own admin page");
        }
        if (email.size() != 1 || email.get(0).isBlank()) {
            return Http.sendText(exchange, 400, "Enter the email address whose feedback to erase");
        }
        int erased = settings.store.eraseEmail(email.get(0));
        settings.log.println("admin erased " + erased + " submissions by email");
        return Http.sendHtml(exchange, 200, page("Feedback erased", "<p>Erased " + erased
                + (erased == 1 ? " submission" : " submissions") + " with that email address.</p>\n<p><a href=\""
                + PREFIX + "\">Back to the feedback</a></p>\n"));
    }

    private String overview() throws SQLException {
        List<FeedbackStore.StoredFeedback> rows = settings.store.all();
        Map<String, List<FeedbackStore.StoredFeedback>> byPage = new LinkedHashMap<>();
        for (RenderedPage page : settings.pages.all()) {
            byPage.put(pageKey("/" + page.page().slug()), new java.util.ArrayList<>());
        }
        for (FeedbackStore.StoredFeedback row : rows) {
            byPage.computeIfAbsent(pageKey(row.feedback().page()), k -> new java.util.ArrayList<>()).add(row);
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(rows.size()).append(rows.size() == 1 ? " submission" : " submissions")
                .append(" in all. <a href=\"").append(PREFIX).append(".csv\">Download every submission as CSV</a></p>\n");
        body.append("<form method=\"post\" action=\"").append(PREFIX).append("/erase\" class=\"erase\">\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(HtmlEscaper.attribute(formToken)).append("\">\n")
                .append("<label for=\"erase-email\">Erase every submission with this email address</label>\n")
                .append("<input type=\"email\" id=\"erase-email\" name=\"email\" autocomplete=\"off\" spellcheck=\"false\" required>\n")
                .append("<button type=\"submit\">Erase</button>\n</form>\n");
        int n = 0;
        for (Map.Entry<String, List<FeedbackStore.StoredFeedback>> page : byPage.entrySet()) {
            n++;
            String name = page.getKey().isEmpty() ? "(no page)" : page.getKey();
            body.append("<section class=\"page-feedback\">\n<h2>").append(HtmlEscaper.text(name)).append(" (")
                    .append(page.getValue().size()).append(")</h2>\n");
            if (page.getValue().isEmpty()) {
                body.append("<p>No feedback yet.</p>\n");
            } else {
                FeedbackChart chart = new FeedbackChart(settings.definition, java.util.Locale.ENGLISH);
                page.getValue().forEach(r -> chart.add(r.feedback().role(), r.feedback().reflection()));
                body.append(chart.svg("chart-" + n, name)).append(chart.table("Reflections by role group on " + name))
                        .append(submissions(page.getValue(), name));
            }
            body.append("</section>\n");
        }
        return page("Feedback", body.toString());
    }

    /** Pages compare without a trailing slash, so {@code /a} and {@code /a/} are one page. */
    static String pageKey(String page) {
        return page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    }

    private static String submissions(List<FeedbackStore.StoredFeedback> rows, String name) {
        StringBuilder t = new StringBuilder("<table class=\"submissions\">\n<caption>Submissions on ")
                .append(HtmlEscaper.text(name)).append("</caption>\n<thead><tr>");
        for (String column : List.of("Received", "Reflection", "Role", "Summary", "Details", "Organisation", "Email")) {
            t.append("<th scope=\"col\">").append(column).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (FeedbackStore.StoredFeedback row : rows) {
            Feedback f = row.feedback();
            t.append("<tr>");
            String received = row.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                    .replace('T', ' ').replace("Z", " UTC");
            for (String cell : List.of(received, f.reflection().map(Option::text).orElse(""),
                    f.role().map(Option::text).orElse(""), f.summary(), f.details(), f.organisation(), f.email())) {
                t.append("<td>").append(HtmlEscaper.text(cell)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    private static String page(String title, String body) {
        StringBuilder html = new StringBuilder(body.length() + 1024);
        PageLayout.head(html, title + " \u2013 " + PageLayout.SITE_NAME + " admin", "en", "admin");
        return html.append("<main id=\"main\">\n<h1>").append(HtmlEscaper.text(title)).append("</h1>\n").append(body)
                .append("</main>\n</body>\n</html>\n").toString();
    }
}
