package io.github.consultation.pages.internal;

import io.github.consultation.pages.AddressStyle;
import io.github.consultation.pages.NavEntry;
import io.github.consultation.pages.NavItem;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageFiles;
import io.github.consultation.pages.Section;
import io.github.consultation.pages.SiteFiles;
import io.github.consultation.pages.SkippedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a folder tree of Markdown pages and puts them in reading order, sections and navigation. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /**
     * The pages in reading order, the top-level sections, the navigation, warnings, the files that
     * were not read as pages, each page's source file and address (by slug), and the site's other
     * files.
     */
    public record Loaded(List<Page> pages, List<Section> sections, List<NavItem> navigation, List<String> warnings,
            List<SkippedFile> skipped, Map<String, String> files, Map<String, String> addresses, SiteFiles siteFiles) {
    }

    /**
     * Loads every page file ({@code .md} or {@code .markdown}, in any case) under {@code root},
     * ordered by {@code nav} then by file name, each at its address in {@code style}. A file that
     * cannot be a page (not UTF-8, too large, a name with nothing to make an address of, an address
     * another page has, a {@code README.md} beside an {@code index.md}) is skipped, with the reason;
     * hidden files and folders are passed over. Every other file is one of the site's own.
     */
    public static Loaded load(Path root, List<String> nav, List<NavEntry> navigation, AddressStyle style)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> !hidden(p))
                    .filter(PageFiles::isPageFile)
                    .sorted(SiteLoader::byFileName)
                    .toList();
        }
        List<Page> pages = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        Map<String, String> addressOwners = new LinkedHashMap<>();
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Path file : files) {
            String source = separated(file);
            if (isReadme(file) && Files.exists(root.resolve(file).resolveSibling("index.md"))) {
                skipped.add(new SkippedFile(source, "its folder has an index.md, which MkDocs publishes at the same"
                        + " address in its place"));
                continue;
            }
            String slug;
            String address;
            try {
                slug = Page.slugOf(isReadme(file) ? source.substring(0, source.length() - file.getFileName().toString()
                        .length()) + "index.md" : source);
                address = style.address(source);
            } catch (IllegalArgumentException e) {
                skipped.add(new SkippedFile(source, e.getMessage()));
                continue;
            }
            Path earlier = origins.get(slug);
            String sameAddress = addressOwners.get(address);
            if (earlier != null || sameAddress != null) {
                skipped.add(new SkippedFile(source, "its address /" + (earlier != null ? slug : address)
                        + " is already that of " + (earlier != null ? separated(earlier) : sameAddress)));
                continue;
            }
            Page page;
            try {
                page = PageFiles.read(root.resolve(file), slug);
            } catch (PageFiles.NotAPageException e) {
                skipped.add(new SkippedFile(source, e.getMessage().replace(root.resolve(file).toString(), "the file")));
                continue;
            }
            origins.put(slug, file);
            addressOwners.put(address, source);
            addresses.put(slug, address);
            Path folder = file.getParent();
            String directory = folder == null ? "" : Page.slugOf(separated(folder) + "/x.md").replaceFirst("/?x$", "");
            pages.add(page.inDirectory(directory));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        origins.forEach((slug, file) -> sources.put(slug, separated(file)));
        Loaded arranged = arrange(pages, nav, navigation, sources);
        List<String> warnings = new ArrayList<>(arranged.warnings());
        skipped.forEach(f -> warnings.add("Skipped " + f.path() + ": " + f.reason()));
        return new Loaded(arranged.pages(), arranged.sections(), arranged.navigation(), warnings, skipped, sources,
                addresses, SiteFiles.scan(root));
    }

    private static boolean isReadme(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).equals("README");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String separated(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /**
     * Puts {@code pages} (already in file order, from no folder) in {@code nav} order, groups them
     * by the folders of their slugs, and gives each its address in {@code style}: the address of
     * a file named after its slug, a folder's index page (whose slug is its folder's) an
     * {@code index.md} in that folder.
     */
    public static Loaded arrange(List<Page> pages, List<String> nav, List<NavEntry> navigation, AddressStyle style) {
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Page page : pages) {
            boolean folderIndex = page.slug().equals(page.directory()) || page.slug().equals("index");
            String source = folderIndex ? (page.slug().equals("index") ? "" : page.slug() + "/") + "index.md"
                    : page.slug() + ".md";
            sources.put(page.slug(), source);
            addresses.put(page.slug(), style.address(source));
        }
        Loaded arranged = arrange(pages, nav, navigation, sources);
        return new Loaded(arranged.pages(), arranged.sections(), arranged.navigation(), arranged.warnings(), List.of(),
                Map.of(), addresses, SiteFiles.none());
    }

    private static Loaded arrange(List<Page> pages, List<String> nav, List<NavEntry> navigation,
            Map<String, String> sources) {
        Map<String, Page> remaining = new LinkedHashMap<>();
        for (Page p : pages) {
            if (remaining.put(p.slug(), p) != null) {
                throw new IllegalArgumentException("Two pages share the slug " + p.slug());
            }
        }
        if (!navigation.isEmpty()) {
            return arrangeByNavigation(remaining, navigation, sources);
        }
        List<String> warnings = new ArrayList<>();
        List<Page> ordered = new ArrayList<>();
        for (String entry : nav) {
            Page page = remaining.remove(slugOfEntry(entry, sources));
            if (page == null) {
                warnings.add("The nav names " + entry + ", but there is no such page");
            } else {
                ordered.add(page);
            }
        }
        ordered.addAll(remaining.values());

        Map<String, List<Page>> bySection = new LinkedHashMap<>();
        Map<String, Page> indexPages = new LinkedHashMap<>();
        for (Page page : ordered) {
            String section = page.directory();
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(page);
            if (page.slug().equals(section)) {
                indexPages.put(section, page);
            }
        }
        List<Section> sections = new ArrayList<>();
        List<NavItem> items = new ArrayList<>();
        bySection.forEach((slug, list) -> {
            String title = slug.isEmpty() ? "" : indexPages.containsKey(slug) ? indexPages.get(slug).title() : words(slug);
            sections.add(new Section(slug, title, list));
            List<NavItem> pageItems = list.stream().<NavItem>map(NavItem.PageItem::new).toList();
            if (slug.isEmpty()) {
                items.addAll(pageItems);
            } else {
                items.add(new NavItem.SectionItem(title, pageItems));
            }
        });
        return new Loaded(ordered, sections, items, warnings, List.of(), Map.of(), Map.of(), SiteFiles.none());
    }

    /**
     * Pages in the order, titles and sections of a MkDocs-style navigation: each page once, where
     * the navigation first names it. Pages it does not name follow in reading order, with a
     * warning, and stay out of the navigation (as MkDocs leaves them out of its menu).
     */
    private static Loaded arrangeByNavigation(Map<String, Page> remaining, List<NavEntry> navigation,
            Map<String, String> sources) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<Page>> bySection = new LinkedHashMap<>();
        List<Page> ordered = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<NavItem> items = resolve(navigation, "", remaining, sources, named, ordered, bySection, warnings);
        for (Page page : remaining.values()) {
            if (!named.contains(page.slug())) {
                warnings.add("The nav does not name " + page.slug() + "; it follows the pages it names");
                ordered.add(page);
                bySection.computeIfAbsent("", k -> new ArrayList<>()).add(page);
            }
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((title, list) -> sections.add(new Section(title.isEmpty() ? "" : sectionSlug(title), title, list)));
        return new Loaded(ordered, sections, items, warnings, List.of(), Map.of(), Map.of(), SiteFiles.none());
    }

    private static List<NavItem> resolve(List<NavEntry> entries, String topSection, Map<String, Page> pages,
            Map<String, String> sources, Set<String> named, List<Page> ordered, Map<String, List<Page>> bySection,
            List<String> warnings) {
        List<NavItem> items = new ArrayList<>();
        for (NavEntry e : entries) {
            if (e instanceof NavEntry.PageEntry p) {
                Page page = pages.get(slugOfEntry(p.file(), sources));
                if (page == null) {
                    warnings.add("The nav names " + p.file() + ", but there is no such page");
                    continue;
                }
                if (!named.add(page.slug())) {
                    warnings.add("The nav names " + p.file() + " more than once; it is listed where it is first named");
                    continue;
                }
                Page titled = p.title().map(t -> new Page(page.slug(), t, page.metadata(), page.markdown(),
                        page.directory(), page.bodyLine())).orElse(page);
                ordered.add(titled);
                bySection.computeIfAbsent(topSection, k -> new ArrayList<>()).add(titled);
                items.add(new NavItem.PageItem(titled));
            } else {
                NavEntry.SectionEntry s = (NavEntry.SectionEntry) e;
                List<NavItem> inner = resolve(s.entries(), topSection.isEmpty() ? s.title() : topSection, pages, sources,
                        named, ordered, bySection, warnings);
                items.add(new NavItem.SectionItem(s.title(), inner));
            }
        }
        return items;
    }

    /** A section's slug from its title: {@code "Background papers"} is {@code background-papers}. */
    private static String sectionSlug(String title) {
        try {
            return Page.slugOf(title + ".md");
        } catch (IllegalArgumentException e) {
            return "section";
        }
    }

    /** The slug a nav entry names: a page's source file (as written), a page file's path, or a slug. */
    private static String slugOfEntry(String entry, Map<String, String> sources) {
        String path = entry.strip().replace('\\', '/').replaceAll("^(\\./)+|^/+|/+$", "");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            if (source.getValue().equals(path)) {
                return source.getKey();
            }
        }
        try {
            return PageFiles.isPageFile(Path.of(path)) ? Page.slugOf(path) : path;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Files by name within their folder, a folder's {@code index.md} first, case aside. */
    private static int byFileName(Path a, Path b) {
        int common = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < common; i++) {
            String x = a.getName(i).toString();
            String y = b.getName(i).toString();
            if (x.equals(y)) {
                continue;
            }
            boolean xLast = i == a.getNameCount() - 1;
            boolean yLast = i == b.getNameCount() - 1;
            if (xLast && x.equals("index.md")) {
                return -1;
            }
            if (yLast && y.equals("index.md")) {
                return 1;
            }
            if (xLast != yLast) {
                return xLast ? -1 : 1;
            }
            return Comparator.<String, String>comparing(s -> s.toLowerCase(Locale.ROOT)).thenComparing(s -> s)
                    .compare(x, y);
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    /** A folder name in words: {@code 02-appendices} is "Appendices". */
    private static String words(String slug) {
        String name = slug.substring(slug.lastIndexOf('/') + 1).replaceFirst("^\\d+[-_ ]+", "").replaceAll("[-_]+", " ");
        return name.isEmpty() ? slug : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
