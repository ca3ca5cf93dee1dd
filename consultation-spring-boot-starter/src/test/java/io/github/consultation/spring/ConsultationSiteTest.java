package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFolder;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;

/** Where the pages come from when {@code consultation.pages.location} is left empty. */
class ConsultationSiteTest {
    @TempDir
    Path classes;

    /** A class path of {@code classes} alone (no parent's folders), as a host's resources would be. */
    private DefaultResourceLoader classPath() throws IOException {
        return new DefaultResourceLoader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    @Test
    void anEmptyLocationReadsTheClassPathsConsultationFolder() throws IOException {
        Files.createDirectories(classes.resolve("consultation"));
        Files.writeString(classes.resolve("consultation/index.md"), "# A footbridge\n\nTell us.\n");
        Files.writeString(classes.resolve("consultation/costs.md"), "# What it costs\n\nSums.\n");

        ConsultationSite site = ConsultationSite.load("", classPath());

        assertTrue(site.folder().isPresent(), "the conventional folder's pages");
        assertEquals(2, site.folder().map(SiteFolder.Site::consultation).orElseThrow().pages().size());
    }

    /** The application's own class path, with the conventional folder in it: its pages are served with no property. */
    @Test
    void anApplicationWithThatFolderServesItsPagesWithoutTheProperty() throws IOException {
        Files.createDirectories(classes.resolve("consultation"));
        Files.writeString(classes.resolve("consultation/index.md"), "# A footbridge\n\nTell us.\n");
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:conventional;DB_CLOSE_DELAY=-1");

        runner.withClassLoader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(RenderedSite.class);
                    assertThat(context.getBean(RenderedSite.class).pages()).extracting(p -> p.page().slug())
                            .containsExactly("index");
                });
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RenderedSite.class));
    }

    @Test
    void anEmptyLocationWithoutThatFolderIsTheFormAlone() throws IOException {
        Files.createDirectories(classes.resolve("templates"));

        assertTrue(ConsultationSite.load("", classPath()).folder().isEmpty());
    }
}
