package io.github.consultation.spring;

import io.github.consultation.admin.AdminViews;
import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.store.FeedbackStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The consultation team's views ({@link AdminViews}) as routes, with {@code consultation.admin.enabled=true}:
 * the overview at {@code consultation.admin.path}, a page's submissions, the CSV (streamed from the
 * database as it is written) and erase by email. Each handler first checks that the signed-in user
 * has the admin authority: someone not signed in is asked to (the host's own entry point: a login
 * page, or 401), someone signed in without it is refused (403), whatever rules the host wrote.
 * The views speak the language the reader's pages would be shown in (the application's
 * {@link LocaleResolver}, then {@link ConsultationLanguages}), and the document's {@code lang} says so.
 */
public final class ConsultationAdmin {
    private static final Log LOG = LogFactory.getLog(ConsultationAdmin.class);

    /** A plain stylesheet, enough for the tables and charts to read well. */
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;"
            + "line-height:1.4}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;"
            + "text-align:left;vertical-align:top}td.text{white-space:pre-line}svg{max-width:100%;height:auto}"
            + "form.erase{margin:1rem 0}";

    /** The views in each language the page form speaks, the default language's first. */
    private final List<AdminViews> views;
    private final ConsultationLanguages languages;
    private final LocaleResolver locales;
    private final FeedbackStore store;
    private final List<String> authorities;

    ConsultationAdmin(List<AdminViews> views, ConsultationLanguages languages, LocaleResolver locales, FeedbackStore store,
            List<String> authorities) {
        this.views = List.copyOf(views);
        if (this.views.isEmpty()) {
            throw new IllegalArgumentException("The admin views need at least one language");
        }
        this.languages = Objects.requireNonNull(languages, "languages");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.store = Objects.requireNonNull(store, "store");
        this.authorities = List.copyOf(authorities);
    }

    /** The views' addresses (the same in every language). */
    AdminViews views() {
        return views.get(0);
    }

    /** The views in the language the request's pages are shown in, else the default language's. */
    private AdminViews views(HttpServletRequest request) {
        String language = languages.of(locales.resolveLocale(request)).locale().getLanguage();
        return views.stream().filter(v -> v.locale().getLanguage().equals(language)).findFirst().orElse(views.get(0));
    }

    /** The overview, its erase form carrying the request's CSRF token. */
    public ResponseEntity<String> overview(HttpServletRequest request) throws SQLException {
        allowed();
        Map<String, String> hidden = request.getAttribute("_csrf") instanceof CsrfToken token
                ? Map.of(token.getParameterName(), token.getToken()) : Map.of();
        AdminViews shown = views(request);
        return html(HttpStatus.OK, shown, shown.overview(hidden));
    }

    /** A page's submissions: {@code ?page=/slug&after=ID}. */
    public ResponseEntity<String> submissions(HttpServletRequest request) throws SQLException {
        allowed();
        String page = Objects.requireNonNullElse(request.getParameter("page"), "");
        String after = Objects.requireNonNullElse(request.getParameter("after"), "0");
        if (!after.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "after must be a submission's number");
        }
        AdminViews shown = views(request);
        return html(HttpStatus.OK, shown, shown.submissions(page, Long.parseLong(after)));
    }

    /** Every submission of the page form as CSV. */
    public void csv(HttpServletResponse response) throws SQLException, IOException {
        allowed();
        stream(response, "feedback.csv", views()::csv);
    }

    /** Every answer to the questionnaire as CSV. */
    public void questionnaireCsv(HttpServletResponse response) throws SQLException, IOException {
        allowed();
        stream(response, "questionnaire.csv", views()::questionnaireCsv);
    }

    /** Erases every submission with the posted {@code email}. */
    public ResponseEntity<String> erase(HttpServletRequest request) throws SQLException {
        allowed();
        String email = Objects.requireNonNullElse(request.getParameter("email"), "").strip();
        if (email.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Enter the email address whose feedback to erase.");
        }
        int erased = store.eraseEmail(email);
        // Who erased, not whose: the address is what the reader asked to have forgotten.
        LOG.info("Consultation admin " + SecurityContextHolder.getContext().getAuthentication().getName() + " erased "
                + erased + " submissions by email");
        AdminViews shown = views(request);
        return html(HttpStatus.OK, shown, shown.erased(erased));
    }

    /** The checks every view makes first, whatever the host's rules let through. */
    private void allowed() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            throw new InsufficientAuthenticationException("Sign in to see the consultation's feedback");
        }
        if (user.getAuthorities().stream().noneMatch(granted -> authorities.contains(granted.getAuthority()))) {
            throw new AccessDeniedException("The consultation's feedback needs the authority " + authorities.get(0));
        }
    }

    /** Something that writes CSV. */
    @FunctionalInterface
    private interface Csv {
        long write(Writer out) throws SQLException, IOException;
    }

    private static void stream(HttpServletResponse response, String name, Csv csv) throws SQLException, IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.write(out);
        out.flush();
    }

    /** The document of {@code page}, one of {@code views}, in their language. */
    private static ResponseEntity<String> html(HttpStatus status, AdminViews views, AdminViews.Page page) {
        String title = HtmlEscaper.text(page.title());
        String document = "<!DOCTYPE html>\n<html lang=\"" + HtmlEscaper.attribute(views.locale().toLanguageTag())
                + "\" dir=\"" + ConsultationView.direction(views.locale()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main class=\"admin\">\n<h1>" + title + "</h1>\n"
                + page.body() + "</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(document);
    }
}
