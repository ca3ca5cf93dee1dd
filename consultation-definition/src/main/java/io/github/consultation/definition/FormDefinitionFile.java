package io.github.consultation.definition;

import io.github.consultation.definition.internal.DefinitionSchema;
import io.github.consultation.definition.internal.JsonSchemaWriter;
import io.github.consultation.definition.internal.TextFiles;
import io.github.consultation.model.FormDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a consultation's definition from a file beside the pages ({@code feedback-form.yml},
 * {@code .yaml} or {@code .json}), for a team that writes content rather than Java: everything the
 * Java builder can say (its forms and their questions of every kind, each required or not, their
 * limits, options and texts in every language, which pages carry which form, the site's name).
 * The file's structure is {@link #schema()}, the JSON Schema an editor reads for completion, and
 * the reader holds a file to the same structure; what each form says is then held to the
 * {@link FormDefinition.Builder}'s own rules. Every problem is reported (up to
 * {@value SiteFileException#MAX_PROBLEMS}) as {@code path:line:column: what is wrong; what would
 * be right}, the file's own first.
 *
 * <pre>
 * languages: [en, cy, {code: fr, base: en}]
 * site: {name: {en: Bus routes, cy: Llwybrau bysiau}}
 * forms:
 *   page:
 *     questions:
 *       role:
 *         groups: [{code: riders, text: {en: People who ride, cy: Pobl sy'n teithio}}]
 *         options:
 *           - {code: commuter, group: riders, text: {en: Commuter, cy: Cymudwr}}
 *           - {code: trader, text: {en: Business on a route, cy: Busnes ar lwybr}}
 *       org: false
 *       email: {required: true}
 *       summary: {min: 10, max: 300}
 *   questionnaire:
 *     questions:
 *       stops: {kind: rating, scale: {from: 1, to: 5}, label: ..., items: [...]}
 * pages:
 *   feedback.md: questionnaire
 * </pre>
 *
 * <pre>{@code
 * FormDefinition form = FormDefinitionFile.find(Path.of("docs"))
 *         .map(FormDefinitionFile::read).orElse(FormDefinition.pageFeedback());   // read throws
 * }</pre>
 */
public final class FormDefinitionFile {
    /** The names a definition file may have in a pages folder, in the order they are looked for. */
    public static final List<String> NAMES = List.of("feedback-form.yml", "feedback-form.yaml", "feedback-form.json");
    /** The address the file's JSON Schema is published under, its {@code $id}. */
    public static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/consultation-feedback/consultation/main/consultation-definition/feedback-form.schema.json";
    /** The largest definition file read, in bytes: far more than any form needs. */
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final TextFiles.Kind DEFINITION_FILES = new TextFiles.Kind("definition", "definition files");

    private FormDefinitionFile() {
    }

    /** The definition file in {@code folder}, if it has one. */
    public static Optional<Path> find(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * Reads the page form of the definition in {@code file} (what pages carry unless they say
     * otherwise); {@link #readConsultation(Path)} reads all the file says.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     * @throws IOException if the file cannot be read at all
     */
    public static FormDefinition read(Path file) throws IOException {
        return readConsultation(file).form();
    }

    /**
     * Reads the page form of a definition in {@code text}, YAML unless {@code name} ends {@code .json}.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     */
    public static FormDefinition read(String name, String text) throws SiteFileException {
        return readConsultation(name, text).form();
    }

    /**
     * Reads everything the definition in {@code file} says: its forms, which pages carry which,
     * the site's name, and what it still reads under an old name (its warnings). Problems name
     * the file as it is given, so that a team finds it.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     * @throws IOException if the file cannot be read at all
     */
    public static ConsultationDefinition readConsultation(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String text;
        try {
            text = TextFiles.read(file, MAX_BYTES, DEFINITION_FILES);
        } catch (TextFiles.UnreadableException e) {
            throw new SiteFileException(List.of(new SiteFileException.Problem(name, 1, 1, e.getMessage())));
        }
        return readConsultation(name, text);
    }

    /**
     * Reads everything a definition in {@code text} says, YAML unless {@code name} ends {@code .json}.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     */
    public static ConsultationDefinition readConsultation(String name, String text) throws SiteFileException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        return DefinitionReader.read(name, text, !name.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    /**
     * The JSON Schema (draft 2020-12) of a definition file, written from the same description of
     * the file the reader checks files against: give it to an editor (a {@code # yaml-language-server:
     * $schema=} line, or the editor's settings) to complete and check keys while typing. The
     * repository keeps a copy at {@code consultation-definition/feedback-form.schema.json}.
     */
    public static String schema() {
        return JsonSchemaWriter.write(DefinitionSchema.FILE, SCHEMA_ID, "A consultation's definition file (feedback-form.yml)");
    }
}
