package io.github.consultation.pages;

import java.util.Objects;


/**
 * A file in a consultation's folder that was not read as a page, and why: so that a page never
 * goes missing without a word.
 *
 * <pre>{@code
 * for (SkippedFile f : consultation.skipped()) {
 *     System.err.println("Skipped " + f.path() + ": " + f.reason());
 * }
 * }</pre>
 *
 * @param path the file's path within the folder
 * @param reason why it was skipped, in one plain sentence
 */
public record SkippedFile(String path, String reason) {
    /** Checks that neither part is null. */
    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
