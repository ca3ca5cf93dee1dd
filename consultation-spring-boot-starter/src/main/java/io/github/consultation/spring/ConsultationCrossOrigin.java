package io.github.consultation.spring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.consultation.host.ConsultationHost;
import io.github.consultation.validate.FormTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The JSON endpoint as a client for the static sites of {@code consultation.allowed-origins}: a
 * page served elsewhere (a site kept on static hosting) posts its feedback here.
 *
 * <p>For a request to the endpoint whose {@code Origin} is another site's: an origin that is not
 * exactly one of the allowed ones is refused (403); an allowed one gets its CORS headers on every
 * answer, refusals included, and its preflight answered. Such a post carries no session and so
 * no CSRF token; for this endpoint alone, CSRF's check is replaced by the checks that fit a
 * cross-origin form: the exact origin, a JSON body, and a signed form token for the page
 * (fetched by the page's script from {@code <endpoint>/token?page=…}, also here), each refused
 * with its reason. A page value that is an absolute address on the posting site is read as that
 * site's page: its path below the site's base (the path an allowed origin is written with, else
 * {@code /}) is put under the pages' base path here. Requests without an {@code Origin}, or from
 * the application's own (its host as the browser asked for it), pass untouched.
 *
 * <p>Runs before Spring Security's filters, whose CSRF check it tells to let such a post by.
 */
public final class ConsultationCrossOrigin extends OncePerRequestFilter implements Ordered {
    /** Before Spring Security's filter chain (Spring Boot registers it at -100). */
    static final int ORDER = -110;
    /** Where the token is fetched, below the endpoint. */
    static final String TOKEN_PATH = "/token";
    /**
     * The request attribute that carries the body the filter read (its page perhaps made ours), as
     * bytes: {@link ConsultationMvc#json} hands them to the kit, which then reads no stream, so a
     * submission from another site is read off the connection once.
     */
    public static final String BODY = ConsultationCrossOrigin.class.getName() + ".body";

    private static final boolean SECURITY = ClassUtils.isPresent("org.springframework.security.web.csrf.CsrfFilter",
            ConsultationCrossOrigin.class.getClassLoader());
    private static final JsonFactory JSON = new JsonFactory();

    private final String endpoint;
    /** Each allowed origin ({@code scheme://host[:port]}) with its site's base path. */
    private final Map<String, String> sites;
    private final Optional<FormTokens> tokens;
    private final ConsultationHost host;
    private final String basePath;
    private final int maxBodyBytes;
    private final UrlPathHelper paths = new UrlPathHelper();

    /**
     * The filter for the endpoint at {@code endpoint}, the sites {@code allowed} (each an origin,
     * perhaps with its base path), the pages of {@code host} under {@code basePath}.
     *
     * @throws IllegalStateException for an allowed origin that is not an http or https address
     */
    ConsultationCrossOrigin(String endpoint, List<String> allowed, Optional<FormTokens> tokens, ConsultationHost host,
            String basePath) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.host = Objects.requireNonNull(host, "host");
        this.basePath = Objects.requireNonNull(basePath, "basePath");
        this.maxBodyBytes = host.flow().maxBodyBytes();
        Map<String, String> map = new LinkedHashMap<>();
        for (String site : allowed) {
            URI uri;
            try {
                uri = URI.create(site.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("consultation.allowed-origins: '" + site + "' is not an address", e);
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getRawAuthority() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException("consultation.allowed-origins: '" + site
                        + "' must be an http or https origin, perhaps with its site's path (https://example.org/consultation/)");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            map.put(uri.getScheme() + "://" + uri.getRawAuthority(), path.endsWith("/") ? path : path + "/");
        }
        this.sites = Map.copyOf(map);
    }

    /** The allowed origins, without their paths. */
    List<String> origins() {
        return List.copyOf(sites.keySet());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        String origin = request.getHeader("Origin");
        return sites.isEmpty() || endpoint.isEmpty() || origin == null || own(origin, request)
                || !(path.equals(endpoint) || path.equals(endpoint + TOKEN_PATH));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        response.addHeader("Vary", "Origin");
        String site = sites.get(origin);
        if (site == null) {
            refuse(response, 403, "origin not allowed");
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        boolean token = paths.getPathWithinApplication(request).equals(endpoint + TOKEN_PATH);
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Methods", token ? "GET" : "POST");
            response.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(204);
        } else if (token && "GET".equals(method)) {
            issue(request, response, origin, site);
        } else if (!token && "POST".equals(method)) {
            post(request, response, chain, origin, site);
        } else {
            response.setHeader("Allow", token ? "GET, OPTIONS" : "POST, OPTIONS");
            refuse(response, 405, "method not allowed");
        }
    }

    /** {@code GET <endpoint>/token?page=…}: a signed form token for the page, if it is one of the site's. */
    private void issue(HttpServletRequest request, HttpServletResponse response, String origin, String site)
            throws IOException {
        String given = request.getParameter("page");
        Optional<String> page = given == null ? Optional.empty() : known(ours(given, origin, site));
        if (tokens.isEmpty()) {
            refuse(response, 404, "no form tokens: the application sets no consultation.token-secret");
        } else if (page.isEmpty()) {
            refuse(response, 404, "unknown page");
        } else {
            response.setHeader("Cache-Control", "no-store");
            answer(response, 200, "{\"" + FormTokens.FIELD + "\":\"" + tokens.get().issue(page.get()) + "\",\"page\":"
                    + quoted(page.get()) + "}");
        }
    }

    /** A post from an allowed site: let by (its page read as ours) when its type and its token hold; else refused. */
    private void post(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String origin,
            String site) throws ServletException, IOException {
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.startsWith("application/json;")) {
            refuse(response, 415, "a post from another site must be application/json");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            refuse(response, 413, "too large");
            return;
        }
        Optional<Body> read = Body.read(body);
        if (read.isEmpty()) {
            refuse(response, 400, "the body is not a JSON object");
            return;
        }
        String page = ours(read.get().page(), origin, site);
        String token = read.get().token();
        if (tokens.isEmpty()) {
            refuse(response, 403, "a post from another site needs form tokens: set consultation.token-secret");
            return;
        }
        FormTokens.Check check = token == null ? null : tokens.get().check(token, page);
        // Too fast is no forgery: the kit's flow drops it, unseen, as it drops any such post.
        if (check != FormTokens.Check.VALID && check != FormTokens.Check.TOO_FAST) {
            refuse(response, 403, token == null ? "no form token" : "form token " + check.name().toLowerCase(Locale.ROOT));
            return;
        }
        if (SECURITY) {
            org.springframework.security.web.csrf.CsrfFilter.skipRequest(request);
        }
        byte[] ours = page.equals(read.get().page()) ? body : Body.withPage(body, page);
        request.setAttribute(BODY, ours);
        // A controller of the host's own still reads the body as a stream.
        chain.doFilter(new Rewritten(request, ours), response);
    }

    /** {@code page} as this application's address: an address on the posting site, moved under the pages' base. */
    private String ours(String page, String origin, String site) {
        if (!page.startsWith(origin + "/")) {
            return page;
        }
        String path = page.substring(origin.length());
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        path = path.substring(0, end);
        return path.startsWith(site) ? basePath + path.substring(site.length()) : page;
    }

    /** The page if the kit knows it (or knows no pages at all). */
    private Optional<String> known(String page) {
        return host.pages().isEmpty() || host.page(page).isPresent() ? Optional.of(page) : Optional.empty();
    }

    /**
     * Whether {@code origin} is the application's own: the request's scheme, name and port, or the
     * host the browser asked for ({@code Host}, or a proxy's {@code X-Forwarded-Host}), whatever
     * the scheme, so that behind a proxy that ends TLS the site's own posts are not taken for
     * another site's.
     */
    private static boolean own(String origin, HttpServletRequest request) {
        int port = request.getServerPort();
        boolean usual = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        if (origin.equals(request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port))) {
            return true;
        }
        int scheme = origin.indexOf("://");
        String authority = scheme < 0 ? "" : origin.substring(scheme + 3);
        return !authority.isEmpty() && (authority.equalsIgnoreCase(Objects.toString(request.getHeader("Host"), ""))
                || authority.equalsIgnoreCase(Objects.toString(request.getHeader("X-Forwarded-Host"), "")));
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        answer(response, status, "{\"status\":\"refused\",\"reason\":" + quoted(reason) + "}");
    }

    private static void answer(HttpServletResponse response, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String quoted(String text) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** What the filter reads of a JSON body: its page and its form token. */
    private record Body(String page, @Nullable String token) {
        static Optional<Body> read(byte[] body) {
            String page = "";
            String token = null;
            try (JsonParser parser = JSON.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.VALUE_STRING && name.equals("page")) {
                        page = parser.getText().strip();
                    } else if (value == JsonToken.VALUE_STRING && name.equals(FormTokens.FIELD)) {
                        token = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                return Optional.of(new Body(page, token));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** The body again with its page member's value {@code page}, everything else as it was. */
        static byte[] withPage(byte[] body, String page) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + page.length());
            try (JsonParser parser = JSON.createParser(body); JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                parser.nextToken();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    json.writeFieldName(name);
                    if (name.equals("page") && value == JsonToken.VALUE_STRING) {
                        json.writeString(page);
                    } else {
                        json.copyCurrentStructure(parser);
                    }
                }
                json.writeEndObject();
            }
            return out.toByteArray();
        }
    }

    /** The request with the body the filter read (its page perhaps made ours). */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final byte[] body;

        Rewritten(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a body already read is read in blocking mode");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
