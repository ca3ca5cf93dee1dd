package io.github.consultation.spring;

import io.github.consultation.host.ConsultationHost;
import io.github.consultation.host.Post;
import io.github.consultation.host.Reply;
import io.github.consultation.render.FormState;
import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFile;
import io.github.consultation.validate.FeedbackSink;
import io.github.consultation.validate.FormTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * The consultation in a Spring MVC controller: a page shown with its form, a form post answered,
 * a JSON post answered, each in a line of the host's controller. The page's language is the one
 * the application's {@link LocaleResolver} gives the request; Spring Security's CSRF token, when
 * there is one, goes into the form as a field and is marked for the enhancement script to send as
 * a header. The starter's routes are this, a line each; a host that writes them itself sets
 * {@code consultation.routes.enabled=false}:
 *
 * <pre>{@code
 * @Controller
 * class ConsultationController {
 *     private final ConsultationMvc consultation;
 *     ConsultationController(ConsultationMvc consultation) { this.consultation = consultation; }
 *
 *     @GetMapping("/pages/**")
 *     String page(HttpServletRequest request, Model model) { return consultation.show(request, model, "page"); }
 *
 *     @PostMapping("/pages/**")
 *     String post(HttpServletRequest request, HttpServletResponse response, Model model) {
 *         return consultation.submit(request, response, model, "page");
 *     }
 *
 *     @PostMapping("/api/feedback")
 *     ResponseEntity<String> json(HttpServletRequest request) { return consultation.json(request); }
 * }
 * }</pre>
 */
public final class ConsultationMvc {
    /** The model attribute that holds the {@link ConsultationView}. */
    public static final String MODEL_ATTRIBUTE = "consultation";

    private static final String CSRF_ATTRIBUTE = "_csrf";

    private final ConsultationLanguages languages;
    /** The kit, keeping what is valid with the sink. */
    private final ConsultationHost host;
    private final Optional<FormTokens> tokens;
    private final LocaleResolver locales;
    private final String script;
    private final String stylesheet;
    private final UrlPathHelper paths = new UrlPathHelper();

    /**
     * The helper over {@code languages}, keeping feedback with {@code sink}; {@code script} and
     * {@code stylesheet} are where the enhancement script and the theme's stylesheet are served
     * (empty for none).
     */
    public ConsultationMvc(ConsultationLanguages languages, FeedbackSink sink, Optional<FormTokens> tokens,
            LocaleResolver locales, String script, String stylesheet) {
        this.languages = Objects.requireNonNull(languages, "languages");
        this.host = languages.host().withSink(Objects.requireNonNull(sink, "sink"));
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.script = Objects.requireNonNull(script, "script");
        this.stylesheet = Objects.requireNonNull(stylesheet, "stylesheet");
    }

    /**
     * Shows the page at the request's path (below the pages' base path) with a blank form, or the
     * thanks after {@code ?sent=1}: puts its {@link ConsultationView} in the model and returns
     * {@code view}.
     *
     * @throws ResponseStatusException 404 if there is no such page
     */
    public String show(HttpServletRequest request, Model model, String view) {
        ConsultationLanguages.Language language = language(request);
        RenderedPage page = page(request, language);
        String address = address(request);
        FormState state = "1".equals(request.getParameter("sent")) ? FormState.succeeded(address) : FormState.blank(address);
        put(model, request, view(language, withTokens(state, request), Optional.of(page), address));
        return view;
    }

    /**
     * Shows an index of the site's pages at the request's path: the site's home when no page of its
     * own is there (every page, titled {@code layout.pages}), or a folder's (its pages, titled as
     * its section): puts its {@link ConsultationView} (with no form) in the model and returns
     * {@code view}.
     *
     * @throws ResponseStatusException 404 if there is no index there
     */
    public String index(HttpServletRequest request, Model model, String view) {
        ConsultationLanguages.Language language = language(request);
        String address = address(request);
        RenderedSite site = language.site().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!(site.find(address) instanceof RenderedSite.NotFound)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ConsultationView.Index index;
        if (address.equals(site.basePath())) {
            index = new ConsultationView.Index(language.form().texts().get("layout.pages"),
                    links(site, site.consultation().pages()));
        } else {
            index = site.consultation().sections().stream()
                    .filter(s -> !s.slug().isEmpty() && address.equals(site.basePath() + s.slug() + "/"))
                    .findFirst().map(s -> new ConsultationView.Index(s.title(), links(site, s.pages())))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        put(model, request, ConsultationView.of(language.form(), FormState.blank(address),
                FormVariant.FULL, Optional.empty(), script, stylesheet, navigation(site, address), Optional.of(index), ""));
        return view;
    }

    private static List<ConsultationView.Link> links(RenderedSite site, List<io.github.consultation.pages.Page> pages) {
        return pages.stream().map(p -> new ConsultationView.Link(p.title(), site.href(p), 0, false)).toList();
    }

    /** The site's navigation as links, {@code address}'s page marked current. */
    private static List<ConsultationView.Link> navigation(RenderedSite site, String address) {
        List<ConsultationView.Link> links = new java.util.ArrayList<>();
        addNavigation(site, site.consultation().navigation(), 0, address, links);
        return links;
    }

    private static void addNavigation(RenderedSite site, List<io.github.consultation.pages.NavItem> items, int level,
            String address, List<ConsultationView.Link> links) {
        for (io.github.consultation.pages.NavItem item : items) {
            if (item instanceof io.github.consultation.pages.NavItem.PageItem p) {
                String href = site.href(p.page());
                links.add(new ConsultationView.Link(p.page().title(), href, level,
                        java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8).equals(address)));
            } else if (item instanceof io.github.consultation.pages.NavItem.SectionItem s) {
                links.add(new ConsultationView.Link(s.title(), "", level, false));
                addNavigation(site, s.items(), level + 1, address, links);
            }
        }
    }

    /**
     * The form alone, blank, for a page of the host's own at {@code address}: for a view that
     * carries the form without a Markdown page.
     */
    public ConsultationView form(HttpServletRequest request, String address) {
        return view(language(request), withTokens(FormState.blank(address), request), Optional.empty(), address)
                .withContextPath(request.getContextPath());
    }

    /** Puts {@code view}, its addresses under the request's context path, in the model. */
    private static void put(Model model, HttpServletRequest request, ConsultationView view) {
        model.addAttribute(MODEL_ATTRIBUTE, view.withContextPath(request.getContextPath()));
    }

    /**
     * Answers a form post to the page at the request's path: a redirect to the thanks (303) when
     * the feedback is kept; {@code view} with the form, its values and errors beside their fields
     * (422) when it is refused. The body goes through the kit's checks (its size, media type and
     * fields) as every host's does.
     *
     * A page that asks for a questionnaire the site does not have is answered as its GET is, with
     * the notice in the form's place, but 403: its body is not read and nothing is kept (under the
     * page form or any other).
     *
     * @throws ResponseStatusException 404 for no such page; 400, 413 or 415 for a body that is not
     *     the form; 503 when the feedback could not be kept (the reader may send it again)
     */
    public String submit(HttpServletRequest request, HttpServletResponse response, Model model, String view) {
        ConsultationLanguages.Language language = language(request);
        RenderedPage page = page(request, language);
        String address = address(request);
        if (language.site().filter(s -> asksForMissingQuestionnaire(s, page, language.form())).isPresent()) {
            // A page for the questionnaire the site does not have: its notice again, nothing read or kept.
            response.setStatus(HttpStatus.FORBIDDEN.value());
            put(model, request, view(language, FormState.blank(address), Optional.of(page), address));
            return view;
        }
        List<Locale> wanted = List.of(language.locale());
        Reply reply = receive(formPost(request, address, wanted),
                () -> Post.formFields(address, request.getContentType(), 0, Map.of(), wanted));
        switch (reply.kind()) {
            case REDIRECT -> {
                // Spring's redirect answers 302 unless the request names another status: 303, "see the thanks".
                request.setAttribute(org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
                return "redirect:" + reply.headers().get("Location");
            }
            case FORM -> {
                response.setStatus(reply.status());
                put(model, request, view(language, withTokens(reply.form().orElseThrow(), request),
                        Optional.of(page), address));
                return view;
            }
            default -> throw new ResponseStatusException(HttpStatus.valueOf(reply.status()),
                    reply.message().isEmpty() ? null : reply.message());
        }
    }

    /**
     * Answers a JSON post (the existing site's JSON, as the enhancement script sends it): 201 when
     * kept, 422 with the errors, 400, 413, 415, 503; the body is the library's
     * ({@link io.github.consultation.validate.Outcome#json()}). A body {@link ConsultationCrossOrigin}
     * has read already (its {@link ConsultationCrossOrigin#BODY} attribute) is handed to the kit as
     * it is, not read again.
     */
    public ResponseEntity<String> json(HttpServletRequest request) {
        List<Locale> wanted = List.of(locales.resolveLocale(request));
        String address = address(request);
        Reply reply = receive(() -> request.getAttribute(ConsultationCrossOrigin.BODY) instanceof byte[] read
                ? Post.json(address, request.getContentType(), Optional.of(read), wanted)
                : Post.json(address, request.getContentType(), request.getContentLengthLong(), request.getInputStream(),
                        wanted), () -> Post.json(address, request.getContentType(), 0, InputStream.nullInputStream(), wanted));
        return ResponseEntity.status(reply.status()).headers(headers -> reply.headers().forEach(headers::set))
                .body(reply.body());
    }

    /**
     * Answers a GET at an address of the site that is not a page: 301 to the page it names in
     * another form (MkDocs' {@code /timetable} for {@code /timetable/}, the query kept), or one of
     * the site's own files (an image, a PDF, its stylesheet) with its type, {@code ETag},
     * {@code Last-Modified}, an hour's lifetime and 304 when the browser has it already, under a
     * policy that lets nothing in it run.
     *
     * @throws ResponseStatusException 404 if nothing of the site is there
     * @throws IOException if the file could not be sent
     */
    public void resource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsultationLanguages.Language language = language(request);
        RenderedSite.Found found = language.site().isEmpty() ? new RenderedSite.NotFound()
                : language.site().get().find(address(request));
        if (found instanceof RenderedSite.Redirect redirect) {
            String query = request.getQueryString();
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader("Location", request.getContextPath() + redirect.location() + (query == null ? "" : "?" + query));
            return;
        }
        if (!(found instanceof RenderedSite.FileFound file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SiteFile f = file.file();
        response.setHeader("Cache-Control", SiteFile.cacheControl(SiteFile.DEFAULT_MAX_AGE));
        response.setHeader("ETag", f.etag());
        response.setHeader("Last-Modified", f.httpDate());
        response.setHeader("Content-Security-Policy", SiteFile.POLICY);
        if (f.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setContentType(f.contentType());
        response.setContentLengthLong(f.size());
        if (!"HEAD".equals(request.getMethod())) {
            try (InputStream in = f.open()) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** A post made from the request, whose body may fail to be read. */
    @FunctionalInterface
    private interface Request {
        Post post() throws IOException;
    }

    /** The kit's reply to {@code post}; a body that could not be read is answered as the empty one {@code unread} is. */
    private Reply receive(Request post, Supplier<Post> unread) {
        try {
            return host.receive(post.post());
        } catch (IOException e) {
            try {
                return host.receive(unread.get());
            } catch (IOException never) {
                throw new UncheckedIOException("An empty body is read without input", never);
            }
        }
    }

    /**
     * The form post as it reached the application: its body, unless a filter has made the container
     * parse it already (Spring Security's CSRF filter asks for its token), when the fields it parsed
     * go through the same checks.
     */
    private static Request formPost(HttpServletRequest request, String address, List<Locale> languages) {
        return () -> {
            PushbackInputStream in = new PushbackInputStream(request.getInputStream(), 1);
            int first = in.read();
            if (first < 0 && !request.getParameterMap().isEmpty()) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> fields.put(name, values == null ? List.of()
                        : Arrays.stream(values).filter(Objects::nonNull).toList()));
                return Post.formFields(address, request.getContentType(), request.getContentLengthLong(), fields,
                        languages);
            }
            if (first >= 0) {
                in.unread(first);
            }
            return Post.form(address, request.getContentType(), request.getContentLengthLong(), in, languages);
        };
    }

    private ConsultationLanguages.Language language(HttpServletRequest request) {
        return languages.of(locales.resolveLocale(request));
    }

    /** The request's path within the application: the page's address, as the form sends it back. */
    private String address(HttpServletRequest request) {
        return paths.getPathWithinApplication(request);
    }

    /** The page at the request's address (its site's, under the base path), or 404. */
    private RenderedPage page(HttpServletRequest request, ConsultationLanguages.Language language) {
        if (language.site().isEmpty()
                || !(language.site().get().find(address(request)) instanceof RenderedSite.PageFound found)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found.page();
    }

    private ConsultationView view(ConsultationLanguages.Language language, FormState state, Optional<RenderedPage> page,
            String address) {
        FormVariant variant = page.flatMap(RenderedPage::formVariant).orElse(FormVariant.FULL);
        // The page's own form: the page form, or the questionnaire with its own ids and texts.
        boolean noQuestionnaire = page.isPresent() && language.site()
                .filter(s -> asksForMissingQuestionnaire(s, page.get(), language.form())).isPresent();
        String notice = noQuestionnaire ? "<div class=\"consultation-notice\" role=\"status\"><p>"
                + io.github.consultation.render.HtmlEscaper.text(language.form().texts()
                        .get("notice.questionnaire-off.message")) + "</p></div>" : "";
        return ConsultationView.of(page.map(RenderedPage::form).orElse(language.form()), state, variant, page, script,
                stylesheet, page.isEmpty() ? List.of() : language.site().map(s -> navigation(s, address)).orElse(List.of()),
                Optional.empty(), notice);
    }

    /**
     * Whether {@code page} asks for the site's questionnaire (its marker, front matter or the existing
     * site's block) where there is none, so that the page renderer gave it {@code pageForm} instead.
     */
    static boolean asksForMissingQuestionnaire(RenderedSite site, RenderedPage page,
            io.github.consultation.render.FormRenderer pageForm) {
        return asksForMissingQuestionnaire(site, page, pageForm.definition().tab());
    }

    /** {@link #asksForMissingQuestionnaire(RenderedSite, RenderedPage, io.github.consultation.render.FormRenderer)} by the page form's tab. */
    static boolean asksForMissingQuestionnaire(RenderedSite site, RenderedPage page, String pageFormTab) {
        return page.formVariant().isPresent()
                && site.consultation().placement(page.page()).form().equals(io.github.consultation.pages.FeedbackPlacement.QUESTIONNAIRE)
                && page.form().definition().tab().equals(pageFormTab);
    }

    /** The addresses of the pages of {@code language} that ask for a questionnaire the site does not have. */
    static List<String> pagesAskingForMissingQuestionnaire(ConsultationLanguages.Language language) {
        return language.site().map(site -> site.pages().stream()
                .filter(page -> asksForMissingQuestionnaire(site, page, language.form()))
                .map(page -> site.href(page.page())).toList()).orElse(List.of());
    }

    /** The state with this request's CSRF token (Spring Security's) and a form token, when there are. */
    private FormState withTokens(FormState state, HttpServletRequest request) {
        FormState with = tokens.map(t -> state.withHiddenField(FormTokens.FIELD, t.issue(state.page()))).orElse(state);
        Object csrf = request.getAttribute(CSRF_ATTRIBUTE);
        if (csrf != null && Csrf.present()) {
            return Csrf.add(with, csrf);
        }
        return with;
    }

    /** Spring Security's token, read only when Spring Security is on the class path. */
    private static final class Csrf {
        private static final boolean PRESENT = org.springframework.util.ClassUtils.isPresent(
                "org.springframework.security.web.csrf.CsrfToken", ConsultationMvc.class.getClassLoader());

        static boolean present() {
            return PRESENT;
        }

        static FormState add(FormState state, Object attribute) {
            if (attribute instanceof org.springframework.security.web.csrf.CsrfToken token) {
                return state.withCsrfToken(token.getParameterName(), token.getHeaderName(), token.getToken());
            }
            return state;
        }
    }
}
