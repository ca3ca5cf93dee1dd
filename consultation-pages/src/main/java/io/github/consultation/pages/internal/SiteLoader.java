package io.github.consultation.pages.internal;

import io.github.consultation.pages.NavEntry;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageFiles;
import io.github.consultation.pages.SkippedFile;
import io.github.consultation.pages.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a folder tree of Markdown pages and puts them in reading order and sections. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /** The pages in reading order, the sections, warnings, and the files that were not read as pages. */
    public record Loaded(List<Page> pages, List<Section> sections, List<String> warnings, List<SkippedFile> skipped,
            Map<String, String> files) {
    }

    /** File types that sit beside pages without being pages: images, styles and configuration. */
    private static final Pattern COMPANION = Pattern.compile("(?i).+\\.(?:png|jpe?g|gif|webp|svg|ico|css|js|ya?ml|json|txt)");

    /**
     * Loads every page file ({@code .md} or {@code .markdown}, in any case) under {@code root},
     * ordered by {@code nav} then by file name. A file that cannot be a page (not UTF-8, too large,
     * a name with nothing to make an address of, a type that is neither a page nor an image or a
     * setting) is skipped, with the reason; hidden files and folders are passed over.
     */
    public static Loaded load(Path root, List<String> nav, List<NavEntry> navigation) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> !hidden(p))
                    .sorted(SiteLoader::byFileName)
                    .toList();
        }
        List<Page> pages = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (Path file : files) {
            if (!PageFiles.isPageFile(file)) {
                if (!COMPANION.matcher(file.getFileName().toString()).matches()) {
                    skipped.add(new SkippedFile(file.toString(), "not a page: pages end .md or .markdown"));
                }
                continue;
            }
            String slug;
            try {
                slug = Page.slugOf(separated(file));
            } catch (IllegalArgumentException e) {
                skipped.add(new SkippedFile(file.toString(), e.getMessage()));
                continue;
            }
            Path earlier = origins.putIfAbsent(slug, file);
            if (earlier != null) {
                skipped.add(new SkippedFile(file.toString(), "its address /" + slug + " is already that of " + earlier));
                continue;
            }
            Page page;
            try {
                page = PageFiles.read(root.resolve(file), slug);
            } catch (PageFiles.NotAPageException e) {
                skipped.add(new SkippedFile(file.toString(), e.getMessage().replace(root.resolve(file).toString(), "the file")));
                origins.remove(slug);
                continue;
            }
            Path folder = file.getParent();
            String directory = folder == null ? "" : Page.slugOf(separated(folder) + "/x.md").replaceFirst("/?x$", "");
            sections.put(slug, directory);
            pages.add(page.inDirectory(directory));
        }
        Loaded arranged = arrange(pages, nav, navigation, sections);
        List<String> warnings = new ArrayList<>(arranged.warnings());
        skipped.forEach(f -> warnings.add("Skipped " + f.path() + ": " + f.reason()));
        Map<String, String> sources = new LinkedHashMap<>();
        origins.forEach((slug, file) -> sources.put(slug, separated(file)));
        return new Loaded(arranged.pages(), arranged.sections(), warnings, skipped, sources);
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

    /** Puts {@code pages} (already in file order) in {@code nav} order and groups them by the folders of their slugs. */
    public static Loaded arrange(List<Page> pages, List<String> nav, List<NavEntry> navigation) {
        return arrange(pages, nav, navigation, Map.of());
    }

    /** A page of a navigation, with its title and the top-level section it is in ("" for none). */
    private record Placed(String entry, Optional<String> title, String section) {
    }

    private static void flatten(List<NavEntry> entries, String section, List<Placed> into) {
        for (NavEntry e : entries) {
            if (e instanceof NavEntry.PageEntry p) {
                into.add(new Placed(p.file(), p.title(), section));
            } else {
                NavEntry.SectionEntry s = (NavEntry.SectionEntry) e;
                flatten(s.entries(), section.isEmpty() ? s.title() : section, into);
            }
        }
    }

    private static Loaded arrange(List<Page> pages, List<String> nav, List<NavEntry> navigation,
            Map<String, String> sectionOfSlug) {
        if (!navigation.isEmpty()) {
            return arrangeByNavigation(pages, navigation);
        }
        List<String> warnings = new ArrayList<>();
        List<Page> ordered = new ArrayList<>();
        Map<String, Page> remaining = new LinkedHashMap<>();
        for (Page p : pages) {
            if (remaining.put(p.slug(), p) != null) {
                throw new IllegalArgumentException("Two pages share the slug " + p.slug());
            }
        }
        for (String entry : nav) {
            String slug = slugOfEntry(entry);
            Page page = remaining.remove(slug);
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
            String section = sectionOfSlug.getOrDefault(page.slug(), sectionOf(page.slug()));
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(page);
            if (page.slug().equals(section)) {
                indexPages.put(section, page);
            }
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((slug, list) -> sections.add(new Section(slug, slug.isEmpty() ? ""
                : indexPages.containsKey(slug) ? indexPages.get(slug).title() : words(slug), list)));
        return new Loaded(ordered, sections, warnings, List.of(), Map.of());
    }

    /**
     * The section of a page: the folder of its slug; a folder's index page (whose slug is the
     * folder's) belongs to that folder.
     */
    private static String sectionOf(String slug) {
        int slash = slug.lastIndexOf('/');
        return slash < 0 ? "" : slug.substring(0, slash);
    }

    /** Pages in the order, titles and top-level sections of a MkDocs-style navigation. */
    private static Loaded arrangeByNavigation(List<Page> pages, List<NavEntry> navigation) {
        List<String> warnings = new ArrayList<>();
        Map<String, Page> remaining = new LinkedHashMap<>();
        for (Page p : pages) {
            if (remaining.put(p.slug(), p) != null) {
                throw new IllegalArgumentException("Two pages share the slug " + p.slug());
            }
        }
        List<Placed> placed = new ArrayList<>();
        flatten(navigation, "", placed);
        Map<String, List<Page>> bySection = new LinkedHashMap<>();
        List<Page> ordered = new ArrayList<>();
        for (Placed p : placed) {
            Page page = remaining.remove(slugOfEntry(p.entry()));
            if (page == null) {
                warnings.add("The nav names " + p.entry() + ", but there is no such page");
                continue;
            }
            Page titled = p.title().map(t -> new Page(page.slug(), t, page.metadata(), page.markdown(), page.directory(),
                    page.bodyLine())).orElse(page);
            ordered.add(titled);
            bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(titled);
        }
        for (Page page : remaining.values()) {
            warnings.add("The nav does not name " + page.slug() + "; it follows the pages it names");
            ordered.add(page);
            bySection.computeIfAbsent("", k -> new ArrayList<>()).add(page);
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((title, list) -> sections.add(new Section(title.isEmpty() ? "" : sectionSlug(title), title, list)));
        return new Loaded(ordered, sections, warnings, List.of(), Map.of());
    }

    /** A section's slug from its title: {@code "Background papers"} is {@code background-papers}. */
    private static String sectionSlug(String title) {
        try {
            return Page.slugOf(title + ".md");
        } catch (IllegalArgumentException e) {
            return "section";
        }
    }

    /** The slug a nav entry names: a page file's path, or a slug. */
    private static String slugOfEntry(String entry) {
        String path = entry.replaceAll("^/+|/+$", "");
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
