package io.github.consultation.spring;

import io.github.consultation.pages.SiteFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

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
     * The folder {@code consultation.pages.location} names when the host leaves it empty: the
     * pages' place by convention, as {@code templates/} is Thymeleaf's.
     */
    public static final String CONVENTIONAL_LOCATION = "classpath:consultation/";

    /**
     * The pages at {@code location}; with an empty location, those at {@link #CONVENTIONAL_LOCATION}
     * if the class path has that folder, else none.
     *
     * @throws IllegalStateException with the reason, if the location holds no folder of pages or a
     *     file in it cannot be used (a definition file's problems each name their line)
     */
    public static ConsultationSite load(String location, ResourceLoader resources) {
        if (location.isBlank()) {
            // A folder that is not there is no mistake here (the host may use the form alone), as
            // it is when the host names it.
            return hasConventionalFolder(resources) ? load(CONVENTIONAL_LOCATION, resources) : none();
        }
        try {
            Path folder = location.startsWith("classpath:") ? copied(location, resources)
                    : resources.getResource(location).getFile().toPath();
            return new ConsultationSite(Optional.of(SiteFolder.load(folder)));
        } catch (IOException e) {
            throw new IllegalStateException("consultation.pages.location=" + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether the class path has the folder {@link #CONVENTIONAL_LOCATION}. */
    static boolean hasConventionalFolder(ResourceLoader resources) {
        return new PathMatchingResourcePatternResolver(resources).getResource(CONVENTIONAL_LOCATION).exists();
    }

    /**
     * Whether the starter has pages to serve: {@code consultation.pages.location} names a folder,
     * or it is empty and the class path has the conventional one. A condition, since the pages'
     * beans are made only then.
     */
    static final class HasPages implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String location = context.getEnvironment().getProperty("consultation.pages.location", "");
            return !location.isBlank() || hasConventionalFolder(context.getResourceLoader());
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
