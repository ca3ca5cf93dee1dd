package io.github.consultation.pages;

import io.github.consultation.definition.ConsultationDefinition;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.definition.SiteFileException;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.Consultation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder of a consultation's pages, as a team keeps it: plain Markdown pages, or a MkDocs project
 * (its {@code mkdocs.yml} gives the pages' folder, navigation, name and dialect), with the form's
 * definition file beside the pages if the team wrote one. One loader, so that every host reads a
 * folder the same way.
 *
 * <pre>{@code
 * SiteFolder.Site site = SiteFolder.load(Path.of("consultation"));
 * PageRenderer pages = PageRenderer.builder().dialect(site.dialect())
 *         .form(FormRenderer.builder().form(site.form()).build()).build();
 * RenderedSite rendered = RenderedSite.render(site.consultation(), pages);
 * }</pre>
 */
public final class SiteFolder {
    /**
     * What a folder holds.
     *
     * @param consultation the pages, in their order and sections
     * @param form the page form, which pages carry unless they say otherwise: the definition file's,
     *     else the built-in one
     * @param definition everything the definition file says (its forms, which pages carry which,
     *     the site's name), else the built-in page form and questionnaire
     * @param dialect the Markdown the pages are written in: MkDocs' for a MkDocs project
     * @param name the site's name: the definition file's (in its first language), else a MkDocs
     *     project's {@code site_name}, else empty
     * @param pages the folder the pages are in
     * @param definitionFile the form's definition file, if there is one
     * @param mkdocs the MkDocs project's settings, for a MkDocs project
     * @param warnings what loading noticed but did not stop for, one sentence each: among them
     *     each Markdown extension the pages are written for that this library does not follow
     */
    public record Site(Consultation consultation, FormDefinition form, ConsultationDefinition definition,
            MarkdownDialect dialect, String name, Path pages, Optional<Path> definitionFile, Optional<MkDocsProject> mkdocs,
            List<String> warnings) {
        /** Copies the warnings and checks that nothing is null. */
        public Site {
            Objects.requireNonNull(consultation, "consultation");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(definitionFile, "definitionFile");
            Objects.requireNonNull(mkdocs, "mkdocs");
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        }

        /**
         * The path the site is published under, ending with {@code /}: a MkDocs project's
         * {@code site_url} path, else {@code /}.
         */
        public String basePath() {
            return mkdocs.map(MkDocsProject::basePath).orElse("/");
        }

        /** The Markdown extensions the pages are written for: a MkDocs project's, else none. */
        public List<String> extensions() {
            return mkdocs.map(MkDocsProject::extensions).orElse(List.of());
        }
    }

    private SiteFolder() {
    }

    /**
     * Refuses a page whose front matter names a form the site does not have ({@code feedback:
     * survey} with no form called survey), naming the page's file: it would otherwise carry another
     * form without a word.
     */
    private static void refuseUnknownForms(Consultation consultation, ConsultationDefinition definition, Path pages)
            throws SiteFileException {
        List<SiteFileException.Problem> problems = new ArrayList<>();
        for (Page page : consultation.pages()) {
            Optional<String> named = FeedbackPlacement.frontMatterForm(page);
            if (named.isPresent() && !named.get().equals(FeedbackPlacement.NONE)
                    && definition.form(named.get()).isEmpty()) {
                String file = consultation.file(page).map(f -> pages.resolve(f).toString()).orElse(page.slug());
                problems.add(new SiteFileException.Problem(file, 1, 1, "feedback: " + named.get() + " names no form of"
                        + " the site; it is one of " + String.join(", ", definition.forms().keySet()) + " or none"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteFileException(problems);
        }
    }

    /**
     * Loads {@code folder}; a Markdown extension the pages are written for that this library does
     * not follow is one of the site's warnings.
     *
     * @throws SiteFileException if its {@code mkdocs.yml} or definition file cannot be used, with
     *     every problem and its line
     * @throws IOException if the folder cannot be read, or is not a folder
     */
    public static Site load(Path folder) throws IOException {
        return load(folder, false);
    }

    /**
     * Loads {@code folder}; when {@code strict}, a Markdown extension the pages are written for that
     * this library does not follow is refused, as a {@link SiteFileException} naming its line.
     *
     * @throws SiteFileException if its {@code mkdocs.yml} or definition file cannot be used, with
     *     every problem and its line
     * @throws IOException if the folder cannot be read, or is not a folder
     */
    public static Site load(Path folder, boolean strict) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IOException(Files.exists(folder) ? folder + " is a file, not a folder of pages"
                    : "there is no folder " + folder);
        }
        Optional<Path> mkdocs = MkDocsProject.find(folder);
        Consultation.Builder builder = Consultation.builder();
        Path pages = folder;
        MarkdownDialect dialect = MarkdownDialect.COMMONMARK;
        String name = "";
        Optional<MkDocsProject> read = Optional.empty();
        List<String> warnings = new ArrayList<>();
        if (mkdocs.isPresent()) {
            MkDocsProject project = MkDocsProject.read(mkdocs.get());
            if (strict) {
                project.refuseUnfollowed();
            }
            project.unfollowed().forEach(u -> warnings.add(u.toString()));
            read = Optional.of(project);
            pages = project.docsDir();
            if (!Files.isDirectory(pages)) {
                throw new IOException(mkdocs.get().getFileName() + " names docs_dir " + folder.relativize(pages)
                        + ", which is not a folder");
            }
            dialect = MarkdownDialect.MKDOCS;
            name = project.siteName();
            builder.navigation(project.nav()).addressStyle(project.addressStyle());
        }
        Optional<Path> definitionFile = FormDefinitionFile.find(pages).or(() -> FormDefinitionFile.find(folder));
        ConsultationDefinition definition = definitionFile.isPresent()
                ? FormDefinitionFile.readConsultation(definitionFile.get()) : ConsultationDefinition.builtIn();
        definition.warnings().forEach(w -> warnings.add(w.toString()));
        Consultation consultation = builder.pageForms(definition::formFor).load(pages);
        refuseUnknownForms(consultation, definition, pages);
        Path pagesFolder = pages;
        definition.unknownPages(rule -> Files.exists(pagesFolder.resolve(rule))).forEach(p -> warnings.add(p.toString()));
        warnings.addAll(consultation.warnings());
        String siteName = definition.name(definition.languages().get(0)).orElse(name);
        return new Site(consultation, definition.form(), definition, dialect, siteName, pages, definitionFile, read,
                warnings);
    }
}
