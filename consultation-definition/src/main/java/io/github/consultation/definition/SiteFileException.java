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
     * @param file the file, as it was given (a path a team can find it by)
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

    /** The problems, the cause first. */
    private final transient List<Problem> problems;

    /** The most problems an exception lists: more are counted, not shown. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * An exception listing {@code problems}, at least one, the cause first: its message is each
     * problem on a line of its own (at most {@value #MAX_PROBLEMS}).
     */
    public SiteFileException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    private static String message(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder message = new StringBuilder().append(problems.size()).append(" problems in ")
                .append(problems.get(0).file()).append(':');
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> message.append('\n').append(p));
        if (problems.size() > MAX_PROBLEMS) {
            message.append("\n(and ").append(problems.size() - MAX_PROBLEMS).append(" more)");
        }
        return message.toString();
    }

    /** Every problem found (up to {@value #MAX_PROBLEMS}), the cause first, then in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }
}
