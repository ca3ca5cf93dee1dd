package io.github.consultation.model.internal;

import io.github.consultation.model.Page;
import io.github.consultation.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a folder tree of Markdown pages and puts them in reading order and sections. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /** The pages in reading order, the sections, and warnings. */
    public record Loaded(List<Page> pages, List<Section> sections, List<String> warnings) {
    }

    /** Loads every {@code .md} file under {@code root}, ordered by {@code nav} then by file name. */
    public static Loaded load(Path root, List<String> nav) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .map(root::relativize)
                    .sorted(SiteLoader::byFileName)
                    .toList();
        }
        List<Page> pages = new ArrayList<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (Path file : files) {
            String slug = slugOf(file);
            Path earlier = origins.put(slug, file);
            if (earlier != null) {
                throw new IllegalArgumentException(earlier + " and " + file + " both have the slug " + slug);
            }
            Path folder = file.getParent();
            String directory = folder == null ? "" : slugOf(folder.resolve("x.md")).replaceFirst("/?x$", "");
            sections.put(slug, directory);
            pages.add(Page.parse(slug, Files.readString(root.resolve(file), StandardCharsets.UTF_8)).inDirectory(directory));
        }
        return arrange(pages, nav, sections);
    }

    /** Puts {@code pages} (already in file order) in {@code nav} order and groups them by the folders of their slugs. */
    public static Loaded arrange(List<Page> pages, List<String> nav) {
        return arrange(pages, nav, Map.of());
    }

    private static Loaded arrange(List<Page> pages, List<String> nav, Map<String, String> sectionOfSlug) {
        List<String> warnings = new ArrayList<>();
        List<Page> ordered = new ArrayList<>();
        Map<String, Page> remaining = new LinkedHashMap<>();
        pages.forEach(p -> remaining.put(p.slug(), p));
        for (String entry : nav) {
            String slug = entry.endsWith(".md") ? slugOf(Path.of(entry)) : entry.replaceAll("^/+|/+$", "");
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
        return new Loaded(ordered, sections, warnings);
    }

    /**
     * The section of a page: the folder of its slug; a folder's index page (whose slug is the
     * folder's) belongs to that folder.
     */
    private static String sectionOf(String slug) {
        int slash = slug.lastIndexOf('/');
        return slash < 0 ? "" : slug.substring(0, slash);
    }

    /** A page's slug from its path relative to the root. */
    public static String slugOf(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        String last = parts.remove(parts.size() - 1).replaceFirst("\\.md$", "");
        if (!last.equals("index") || parts.isEmpty()) {
            parts.add(last);
        }
        return String.join("/", parts).replaceAll("\\s+", "-");
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
