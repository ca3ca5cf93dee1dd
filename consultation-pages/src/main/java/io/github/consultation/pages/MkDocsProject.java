package io.github.consultation.pages;

import io.github.consultation.definition.SiteFileException;
import io.github.consultation.definition.internal.LocatedTree.Entry;
import io.github.consultation.definition.internal.LocatedTree.Node;
import io.github.consultation.definition.internal.LocatedTree;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a MkDocs project's {@code mkdocs.yml} says about its pages: its name, where the pages are
 * ({@code docs_dir}), their navigation ({@code nav}: order, sections, titles), their addresses
 * ({@code use_directory_urls}, and the path of {@code site_url} as the site's base), the site's own
 * stylesheets ({@code extra_css}) and the Markdown extensions they are written for
 * ({@code markdown_extensions}). An extension this library does not follow is listed
 * ({@link #unfollowed()}) with its line and what will look different, so that a site still serves
 * and its team knows what to check; {@link #refuseUnfollowed()} refuses it instead. Settings of
 * MkDocs' own (the theme, plugins) are read past.
 *
 * <pre>{@code
 * MkDocsProject project = MkDocsProject.read(Path.of("mkdocs.yml"));
 * project.siteName();       // "The Riverside ferry"
 * project.docsDir();        // .../docs
 * project.addressStyle();   // DIRECTORY_URLS
 * project.basePath();       // "/consultation/", from site_url
 * }</pre>
 *
 * @param siteName the site's name ({@code site_name})
 * @param docsDir the folder of the pages ({@code docs_dir}, default {@code docs}, beside the file)
 * @param nav the navigation; empty when the file gives none (pages then go by file name)
 * @param extensions the Markdown extensions the file names, by their short names
 * @param addressStyle the pages' addresses: {@code use_directory_urls} (default true)
 * @param siteUrl the site's address ({@code site_url}), if the file gives one
 * @param extraCss the site's own stylesheets ({@code extra_css}), paths within the pages' folder
 * @param unfollowed the extensions this library does not follow, each with its place and what will look different
 */
public record MkDocsProject(String siteName, Path docsDir, List<NavEntry> nav, List<String> extensions,
        AddressStyle addressStyle, Optional<String> siteUrl, List<String> extraCss, List<Unfollowed> unfollowed) {
    /** The file's name. */
    public static final String FILE = "mkdocs.yml";

    /**
     * The Markdown extensions this library follows, by their short names (a {@code markdown.extensions.}
     * prefix is allowed): MkDocs' own three ({@code toc}, {@code tables}, {@code fenced_code}), those
     * the consultation sites use, {@code abbr}, Python-Markdown's {@code extra} (which is
     * {@code abbr}, {@code attr_list}, {@code def_list}, {@code fenced_code}, {@code footnotes},
     * {@code md_in_html} and {@code tables}), and PyMdown's {@code details} and {@code superfences}.
     */
    public static final Set<String> SUPPORTED = Set.of("meta", "admonition", "attr_list", "def_list", "md_in_html", "toc",
            "tables", "fenced_code", "footnotes", "abbr", "extra", "pymdownx.details", "pymdownx.superfences");

    /** What looks different, by extension, where this library does not follow it; any other shows its syntax as written. */
    private static final Map<String, String> DIFFERENCES = Map.ofEntries(
            Map.entry("pymdownx.tabbed", "tabbed blocks (=== \"Title\") show their title line as text and their content"
                    + " as code, one after another"),
            Map.entry("pymdownx.tasklist", "task lists show their boxes ([ ] and [x]) as text"),
            Map.entry("pymdownx.emoji", "emoji short codes such as :smile: show as text"),
            Map.entry("pymdownx.highlight", "code is shown without colours"),
            Map.entry("codehilite", "code is shown without colours"),
            Map.entry("pymdownx.inlinehilite", "inline code marked with a language (`#!python x`) shows the mark as text"),
            Map.entry("pymdownx.mark", "==marked== text shows its equals signs"),
            Map.entry("pymdownx.tilde", "~~deleted~~ text shows its tildes"),
            Map.entry("pymdownx.caret", "^^inserted^^ and ^superscript^ text shows its carets"),
            Map.entry("pymdownx.keys", "keys written ++ctrl+c++ show as written"),
            Map.entry("pymdownx.smartsymbols", "(c), (tm), --> and the like stay as typed"),
            Map.entry("pymdownx.magiclink", "bare web addresses are not made links"),
            Map.entry("pymdownx.snippets", "--8<-- lines show as text, not the files they would include"),
            Map.entry("pymdownx.arithmatex", "mathematics shows as its TeX source"),
            Map.entry("pymdownx.critic", "critic marks ({++ ++}, {-- --}) show as written"),
            Map.entry("pymdownx.betterem", "emphasis follows Python-Markdown's own rules, which differ at the edges"),
            Map.entry("nl2br", "a single line break does not break the line"),
            Map.entry("sane_lists", "lists follow Python-Markdown's usual rules, not sane_lists'"),
            Map.entry("smarty", "quotes and dashes stay as typed, not curled"),
            Map.entry("wikilinks", "[[wiki links]] show as text"));

    /**
     * A Markdown extension this library does not follow.
     *
     * @param name its name, as the file writes it
     * @param file the file that names it
     * @param line its line in the file
     * @param column its column
     * @param difference what will look different on the pages, in a few words
     */
    public record Unfollowed(String name, String file, int line, int column, String difference) {
        /** Checks that nothing is null. */
        public Unfollowed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(difference, "difference");
        }

        /** One sentence for a log or a check: where, what, and what will look different. */
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": the Markdown extension '" + name + "' is not one this library"
                    + " follows, so " + difference;
        }
    }

    /** Copies the lists and checks that nothing is null. */
    public MkDocsProject {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(docsDir, "docsDir");
        nav = List.copyOf(Objects.requireNonNull(nav, "nav"));
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
        Objects.requireNonNull(addressStyle, "addressStyle");
        Objects.requireNonNull(siteUrl, "siteUrl");
        extraCss = List.copyOf(Objects.requireNonNull(extraCss, "extraCss"));
        unfollowed = List.copyOf(Objects.requireNonNull(unfollowed, "unfollowed"));
    }

    /** The {@code mkdocs.yml} (or {@code mkdocs.yaml}) in {@code folder}, if it has one. */
    public static Optional<Path> find(Path folder) {
        return List.of(FILE, "mkdocs.yaml").stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * Reads {@code file}.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     * @throws IOException if the file cannot be read
     */
    public static MkDocsProject read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = PageFiles.text(file);
        } catch (PageFiles.NotAPageException e) {
            throw new SiteFileException(List.of(new SiteFileException.Problem(name, 1, 1, e.getMessage())));
        }
        Path folder = file.toAbsolutePath().getParent();
        return read(name, text, folder);
    }

    /**
     * The path of {@link #siteUrl()} ({@code /consultation/} for {@code https://example.org/consultation}),
     * ending with {@code /}, under which MkDocs serves the site: {@code /} without a site address.
     */
    public String basePath() {
        return siteUrl.map(MkDocsProject::pathOf).orElse("/");
    }

    /**
     * Refuses a project whose pages are written for extensions this library does not follow, as a
     * strict host asks.
     *
     * @throws SiteFileException naming each, with its line and column
     */
    public void refuseUnfollowed() throws SiteFileException {
        if (!unfollowed.isEmpty()) {
            throw new SiteFileException(unfollowed.stream().map(u -> new SiteFileException.Problem(u.file(), u.line(),
                    u.column(), "the Markdown extension '" + u.name() + "' is not one this library follows, so " + u.difference()
                    + "; the ones it follows are " + String.join(", ", SUPPORTED.stream().sorted().toList()))).toList());
        }
    }

    private static String pathOf(String url) {
        try {
            String path = new URI(url.strip()).getRawPath();
            if (path == null || path.isEmpty()) {
                return "/";
            }
            return path.endsWith("/") ? path : path + "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** Reads the text of an {@code mkdocs.yml} whose folder is {@code folder}. */
    static MkDocsProject read(String name, String text, Path folder) throws SiteFileException {
        List<SiteFileException.Problem> problems = new ArrayList<>();
        // MkDocs files may hold tags such as !!python/name:...; the YAML reader takes them as plain values.
        LocatedTree.Result tree = LocatedTree.read(text, true);
        tree.problems().forEach(p -> problems.add(new SiteFileException.Problem(name, p.line(), p.column(), p.message())));
        Node root = tree.root();
        String siteName = root.get("site_name").flatMap(Node::text).orElse("");
        Path docs = folder.resolve(root.get("docs_dir").flatMap(Node::text).orElse("docs")).normalize();
        List<String> extensions = new ArrayList<>();
        List<Unfollowed> unfollowed = new ArrayList<>();
        for (Node item : root.get("markdown_extensions").map(Node::list).orElse(List.of())) {
            Optional<String> ext = item.isMap() ? item.map().keySet().stream().findFirst() : item.text();
            if (ext.isEmpty()) {
                problems.add(new SiteFileException.Problem(name, item.line(), item.column(),
                        "a Markdown extension is a name, or a name with its settings"));
                continue;
            }
            String shortName = ext.get().replaceFirst("^markdown\\.extensions\\.", "");
            if (!SUPPORTED.contains(shortName)) {
                unfollowed.add(new Unfollowed(ext.get(), name, item.line(), item.column(),
                        DIFFERENCES.getOrDefault(shortName, "what it adds to Markdown shows as written")));
            }
            extensions.add(shortName);
        }
        boolean directoryUrls = root.get("use_directory_urls").map(n -> n.bool()
                .orElseGet(() -> !n.text().orElse("true").strip().toLowerCase(Locale.ROOT).matches("false|no|off")))
                .orElse(true);
        Optional<String> siteUrl = root.get("site_url").flatMap(Node::text).filter(s -> !s.isBlank()).map(String::strip);
        List<String> extraCss = new ArrayList<>();
        for (Node item : root.get("extra_css").map(Node::list).orElse(List.of())) {
            item.text().filter(s -> !s.isBlank()).ifPresent(extraCss::add);
        }
        List<NavEntry> nav = root.get("nav").map(n -> nav(n, name, problems)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new SiteFileException(problems);
        }
        return new MkDocsProject(siteName, docs, nav, extensions,
                directoryUrls ? AddressStyle.DIRECTORY_URLS : AddressStyle.HTML_FILES, siteUrl, extraCss, unfollowed);
    }

    private static List<NavEntry> nav(Node node, String file, List<SiteFileException.Problem> problems) {
        List<NavEntry> entries = new ArrayList<>();
        for (Node item : node.list()) {
            if (item.isScalar()) {
                page(item.text().orElseThrow(), Optional.empty()).ifPresent(entries::add);
            } else if (item.isMap() && item.map().size() == 1) {
                Entry e = item.map().values().iterator().next();
                if (e.value().isList()) {
                    entries.add(new NavEntry.SectionEntry(e.key(), nav(e.value(), file, problems)));
                } else if (e.value().isScalar()) {
                    page(e.value().text().orElseThrow(), Optional.of(e.key())).ifPresent(entries::add);
                } else {
                    problems.add(new SiteFileException.Problem(file, e.line(), e.column(),
                            "a nav entry is a page (Title: page.md) or a section (Title: [entries])"));
                }
            } else {
                problems.add(new SiteFileException.Problem(file, item.line(), item.column(),
                        "a nav entry is a page (Title: page.md) or a section (Title: [entries])"));
            }
        }
        return entries;
    }

    /** A page entry, or none for a link to elsewhere (which MkDocs shows in its menu and this library leaves out). */
    private static Optional<NavEntry> page(String target, Optional<String> title) {
        String t = target.strip();
        if (t.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || t.startsWith("/")
                || !t.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$")) {
            return Optional.empty();
        }
        return Optional.of(new NavEntry.PageEntry(t, title));
    }
}
