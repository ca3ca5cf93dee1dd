package io.github.consultation.definition;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A file beside the pages that cannot be used (a form definition file, or a MkDocs project's
 * {@code mkdocs.yml}), with every problem found in it, each with its line and column: one clear
 * message per problem, never a stack trace.
 *
 * <pre>{@code
 * try {
 *     FormDefinition form = FormDefinitionFile.read(Path.of("docs/feedback-form.yml"));
 * } catch (SiteFileException e) {
 *     e.problems().forEach(p -> System.err.println(p));   // feedback-form.yml:12:5: ...
 * }
 * }</pre>
 */
public final class SiteFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem in a file.
     *
     * @param file the file's name
     * @param line the line, from 1
     * @param column the column, from 1
     * @param message what is wrong, in words a content author understands
     */
    public record Problem(String file, int line, int column, String message) {
        /** Checks that nothing is null. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }

        /** {@code file:line:column: message}, as compilers write it. */
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /** The problems, in the order of the file. */
    private final transient List<Problem> problems;

    /** An exception listing {@code problems}, at least one, in the order of the file. */
    public SiteFileException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems in " + problems.get(0).file() + ", the first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }
}
