package io.github.consultation.pages;

import io.github.consultation.definition.SiteFileException;
import io.github.consultation.definition.internal.LocatedTree.Entry;
import io.github.consultation.definition.internal.LocatedTree.Node;
import io.github.consultation.definition.internal.LocatedTree;
import io.github.consultation.pages.NavEntry;
import io.github.consultation.pages.PageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a MkDocs project's {@code mkdocs.yml} says about its pages: its name, where the pages are
 * ({@code docs_dir}), their navigation ({@code nav}: order, sections, titles) and the Markdown
 * extensions they are written for ({@code markdown_extensions}), which must be ones this library
 * follows; any other is refused with its line, so that no page renders otherwise than MkDocs would
 * without a word. Settings of MkDocs' own (the theme, plugins, the site's address) are read past.
 *
 * <pre>{@code
 * MkDocsProject project = MkDocsProject.read(Path.of("mkdocs.yml"));
 * project.siteName();   // "Sharing children's records"
 * project.docsDir();    // .../docs
 * }</pre>
 *
 * @param siteName the site's name ({@code site_name})
 * @param docsDir the folder of the pages ({@code docs_dir}, default {@code docs}, beside the file)
 * @param nav the navigation; empty when the file gives none (pages then go by file name)
 * @param extensions the Markdown extensions the file names
 */
public record MkDocsProject(String siteName, Path docsDir, List<NavEntry> nav, List<String> extensions) {
    /** The file's name. */
    public static final String FILE = "mkdocs.yml";

    /**
     * The Markdown extensions this library follows, by their short names (a {@code markdown.extensions.}
     * prefix is allowed): MkDocs' own three ({@code toc}, {@code tables}, {@code fenced_code}) and
     * those the consultation sites use.
     */
    public static final Set<String> SUPPORTED = Set.of("meta", "admonition", "attr_list", "def_list", "md_in_html", "toc",
            "tables", "fenced_code", "footnotes");

    /** Copies the lists and checks that nothing is null. */
    public MkDocsProject {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(docsDir, "docsDir");
        nav = List.copyOf(Objects.requireNonNull(nav, "nav"));
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
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
        for (Node item : root.get("markdown_extensions").map(Node::list).orElse(List.of())) {
            Optional<String> ext = item.isMap() ? item.map().keySet().stream().findFirst() : item.text();
            if (ext.isEmpty()) {
                problems.add(new SiteFileException.Problem(name, item.line(), item.column(),
                        "a Markdown extension is a name, or a name with its settings"));
                continue;
            }
            String shortName = ext.get().replaceFirst("^markdown\\.extensions\\.", "");
            if (!SUPPORTED.contains(shortName)) {
                problems.add(new SiteFileException.Problem(name, item.line(), item.column(), "the Markdown extension '"
                        + ext.get() + "' is not one this library follows, so its pages would not render as MkDocs"
                        + " renders them; the ones it follows are " + String.join(", ", SUPPORTED.stream().sorted().toList())));
            }
            extensions.add(shortName);
        }
        List<NavEntry> nav = root.get("nav").map(n -> nav(n, name, problems)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new SiteFileException(problems);
        }
        return new MkDocsProject(siteName, docs, nav, extensions);
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
