package io.github.consultation.pages.internal;

import io.github.consultation.pages.AddressStyle;
import io.github.consultation.pages.SiteFiles;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the links and images of a site's pages lead, as the site's {@link AddressStyle} has it.
 *
 * <p>In MkDocs' styles, as MkDocs rewrites them: a relative link or image in Markdown to a file of
 * the site ({@code other.md}, {@code ../sub/page.md#part}, {@code img/map.png}, resolved from the
 * page's file) becomes that file's address; any other (an address with no file name, a file the
 * site does not have, raw HTML, which MkDocs leaves alone) leads where a browser takes it from the
 * page's own address. In the library's own style ({@link AddressStyle#PAGE_SLUGS}), relative
 * addresses resolve from the page's folder and a page file becomes its page's slug
 * ({@link LinkTargets}).
 *
 * <p>Every address is written absolute, under the site's base, so that a page reads the same
 * wherever it is shown (its own address, the address a form was posted to). Immutable.
 */
public final class SiteLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** What a link leads to. */
    public enum Kind {
        /** Elsewhere: another site, an email address, a part of the same page. */
        ELSEWHERE,
        /** A page of the site. */
        PAGE,
        /** One of the site's own files. */
        FILE,
        /** A page the site does not have. */
        MISSING_PAGE,
        /** A file the site does not have. */
        MISSING_FILE
    }

    /**
     * Where one link leads.
     *
     * @param kind what it leads to
     * @param href the address written on the page
     */
    public record Target(Kind kind, String href) {
    }

    private final AddressStyle style;
    private final String base;
    private final LinkTargets slugs;
    private final Map<String, String> pageAddresses;
    private final Map<String, String> addressesBack;
    private final SiteFiles files;

    /**
     * The links of a site under {@code base} (ending with {@code /}), whose pages have the
     * addresses {@code pageAddresses} (by their files' paths) and whose own files are {@code files}.
     */
    public SiteLinks(AddressStyle style, String base, Map<String, String> pageAddresses, SiteFiles files) {
        this.style = Objects.requireNonNull(style, "style");
        this.base = Objects.requireNonNull(base, "base");
        this.slugs = new LinkTargets(base);
        this.pageAddresses = Map.copyOf(pageAddresses);
        Map<String, String> back = new HashMap<>();
        pageAddresses.forEach((source, address) -> back.put(address, source));
        this.addressesBack = Map.copyOf(back);
        this.files = Objects.requireNonNull(files, "files");
    }

    /** The links of pages known by themselves alone, in the library's own style. */
    public static SiteLinks alone(String base) {
        return new SiteLinks(AddressStyle.PAGE_SLUGS, base, Map.of(), SiteFiles.none());
    }

    /**
     * Where {@code url}, written on the page whose file is {@code source} (relative to the pages'
     * folder) and whose address is {@code address} (relative to the base), leads; {@code markdown}
     * is false for an address written in raw HTML. {@code directory} is the page's folder as its
     * slug has it, for the library's own style.
     */
    public Target target(String url, String source, String address, String directory, boolean markdown) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || SCHEME.matcher(u).find() || u.startsWith("//")) {
            return new Target(Kind.ELSEWHERE, LinkTargets.encode(u));
        }
        if (style == AddressStyle.PAGE_SLUGS) {
            return slugTarget(u, directory);
        }
        int cut = firstOf(u, '?', '#');
        String path = cut < 0 ? u : u.substring(0, cut);
        String rest = cut < 0 ? "" : u.substring(cut);
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (markdown && !u.startsWith("/") && !u.startsWith("\\") && last.contains(".")) {
            String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
            String file = normalise(folder + decode(path));
            String page = pageAddresses.get(file);
            if (page != null) {
                return new Target(Kind.PAGE, LinkTargets.encode(base + page) + LinkTargets.encode(rest));
            }
            if (files.contains(file)) {
                return new Target(Kind.FILE, LinkTargets.encode(base + file) + LinkTargets.encode(rest));
            }
        }
        // Left as written, it leads where a browser takes it from the page's own address.
        String href = fromPage(u, address);
        return new Target(kindAt(href, last), href);
    }

    /** The address written for {@code url} in Markdown on a page: {@link #target}'s {@code href}. */
    public String resolve(String url, String source, String address, String directory, boolean markdown) {
        return target(url, source, address, directory, markdown).href();
    }

    private Target slugTarget(String u, String directory) {
        String href = slugs.resolve(u, directory);
        java.util.Optional<String> slug = LinkTargets.pageSlug(u, directory);
        if (slug.isPresent()) {
            String s = slug.get();
            boolean known = pageAddresses.isEmpty() || addressesBack.containsKey(s.equals("index") ? "" : s);
            return new Target(known ? Kind.PAGE : Kind.MISSING_PAGE, href);
        }
        int cut = firstOf(u, '?', '#');
        String path = cut < 0 ? u : u.substring(0, cut);
        String file = u.startsWith("/") ? normalise(decode(path.substring(1)))
                : normalise((directory.isEmpty() ? "" : directory + "/") + decode(path));
        boolean known = files.folder().isEmpty() || files.contains(file);
        return new Target(known ? Kind.FILE : Kind.MISSING_FILE, href);
    }

    /** Whether what {@code href} (absolute) leads to is a page or file of the site. */
    private Kind kindAt(String href, String lastSegment) {
        String path;
        try {
            path = new URI(href).getPath();
        } catch (URISyntaxException e) {
            return Kind.ELSEWHERE;
        }
        String basePath = base.startsWith("/") ? base : URI.create(base).getPath();
        if (path == null || !path.startsWith(basePath)) {
            return Kind.ELSEWHERE;
        }
        String within = path.substring(basePath.length());
        if (addressesBack.containsKey(within) || (within.endsWith("/index.html") || within.equals("index.html"))
                && addressesBack.containsKey(within.substring(0, within.length() - "index.html".length()))) {
            return Kind.PAGE;
        }
        if (files.contains(within)) {
            return Kind.FILE;
        }
        boolean pageLike = !lastSegment.contains(".") || io.github.consultation.pages.PageFiles.isPageFile(
                java.nio.file.Path.of(lastSegment.replace("/", ""))) || within.endsWith(".html");
        if (pageLike) {
            return pageAddresses.isEmpty() ? Kind.PAGE : Kind.MISSING_PAGE;
        }
        // A site read from no folder: its files are not known, so none is missing.
        return files.folder().isEmpty() ? Kind.FILE : Kind.MISSING_FILE;
    }

    /** {@code url} resolved as a browser resolves it on the page at {@code address}, written absolute. */
    private String fromPage(String url, String address) {
        String encoded = LinkTargets.encode(url);
        try {
            boolean full = SCHEME.matcher(base).find();
            URI page = new URI((full ? "" : "http://site") + LinkTargets.encode(base + address));
            URI resolved = page.resolve(new URI(encoded.replace('\\', '/')));
            String path = resolved.getRawPath() == null ? "" : resolved.getRawPath();
            while (path.startsWith("/../")) {
                path = path.substring(3);
            }
            String tail = (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                    + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
            return (full ? resolved.getScheme() + "://" + resolved.getRawAuthority() : "") + path + tail;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return encoded;
        }
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Resolves {@code .} and {@code ..} segments as MkDocs does: {@code ..} above the folder is kept, and finds nothing. */
    private static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/+")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
