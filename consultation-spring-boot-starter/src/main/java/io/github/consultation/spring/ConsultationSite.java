package io.github.consultation.spring;

import io.github.consultation.pages.SiteFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The consultation's folder of pages, read once at start from {@code consultation.pages.location}:
 * a directory ({@code file:}) is read where it is; a {@code classpath:} folder, which may be inside
 * the application's jar, is first copied to a temporary directory, since the library reads a
 * folder as files. Immutable.
 *
 * <pre>{@code
 * ConsultationSite site = ConsultationSite.load("classpath:consultation/", resourceLoader);
 * site.folder().map(SiteFolder.Site::consultation);
 * }</pre>
 */
public final class ConsultationSite {
    private final Optional<SiteFolder.Site> folder;

    private ConsultationSite(Optional<SiteFolder.Site> folder) {
        this.folder = folder;
    }

    /** No pages: the form alone, on the host's own pages. */
    public static ConsultationSite none() {
        return new ConsultationSite(Optional.empty());
    }

    /**
     * The pages at {@code location}.
     *
     * @throws IllegalStateException with the reason, if the location holds no folder of pages or a
     *     file in it cannot be used (a definition file's problems each name their line)
     */
    public static ConsultationSite load(String location, ResourceLoader resources) {
        if (location.isBlank()) {
            return none();
        }
        try {
            Path folder = location.startsWith("classpath:") ? copied(location, resources)
                    : resources.getResource(location).getFile().toPath();
            return new ConsultationSite(Optional.of(SiteFolder.load(folder)));
        } catch (IOException e) {
            throw new IllegalStateException("consultation.pages.location=" + location + ": " + e.getMessage(), e);
        }
    }

    /** The folder's pages, definition file, dialect and name; empty for no pages. */
    public Optional<SiteFolder.Site> folder() {
        return folder;
    }

    /** Copies every file under the class path folder {@code location} to a temporary directory. */
    private static Path copied(String location, ResourceLoader resources) throws IOException {
        String base = location.endsWith("/") ? location : location + "/";
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(resources);
        Resource root = resolver.getResource(base);
        if (!root.exists()) {
            throw new IOException("there is no folder " + base + " on the class path");
        }
        String rootUrl = root.getURL().toString();
        Path target = Files.createTempDirectory("consultation-pages");
        target.toFile().deleteOnExit();
        for (Resource r : resolver.getResources(base + "**/*")) {
            String url = r.getURL().toString();
            if (!r.isReadable() || url.endsWith("/") || !url.startsWith(rootUrl)) {
                continue;
            }
            Path file = target.resolve(java.net.URLDecoder.decode(url.substring(rootUrl.length()),
                    java.nio.charset.StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(target)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return target;
    }
}
