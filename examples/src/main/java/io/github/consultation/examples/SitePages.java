package io.github.consultation.examples;

import io.github.consultation.model.Page;
import io.github.consultation.render.PageRenderer;
import io.github.consultation.render.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The demo site's pages, each rendered once at start and kept. Immutable. */
final class SitePages {
    private final Map<String, RenderedPage> bySlug;

    private SitePages(Map<String, RenderedPage> bySlug) {
        this.bySlug = java.util.Collections.unmodifiableMap(bySlug);
    }

    /** The sample pages bundled in the jar, in the order of their list. */
    static SitePages bundled(PageRenderer renderer) {
        Map<String, RenderedPage> pages = new LinkedHashMap<>();
        for (String file : resource("pages/pages.list").split("\n")) {
            if (!file.isBlank()) {
                String slug = file.strip().replaceFirst("\\.md$", "");
                pages.put(slug, renderer.render(Page.parse(slug, resource("pages/" + file.strip()))));
            }
        }
        return new SitePages(pages);
    }

    /** The Markdown files under {@code root}, by path, each at its path without {@code .md}. */
    static SitePages fromDirectory(Path root, PageRenderer renderer) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
        }
        Map<String, RenderedPage> pages = new LinkedHashMap<>();
        for (Path file : files) {
            String slug = slugOf(root.relativize(file));
            pages.put(slug, renderer.render(Page.parse(slug, Files.readString(file, StandardCharsets.UTF_8))));
        }
        return new SitePages(pages);
    }

    /** The slug of a file: its path without {@code .md}, spaces as hyphens, segments joined by {@code /}. */
    static String slugOf(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        String joined = String.join("/", parts).replaceFirst("\\.md$", "");
        return joined.replaceAll("\\s+", "-");
    }

    private static String resource(String name) {
        try (InputStream in = SitePages.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<RenderedPage> get(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    List<RenderedPage> all() {
        return List.copyOf(bySlug.values());
    }
}
