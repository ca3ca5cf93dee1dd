package io.github.consultation.pages;

import io.github.consultation.definition.internal.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads Markdown page files, with a plain answer for each way a file can fail to be a page:
 * missing, a folder, too large, not UTF-8 (with the line and column of the first bad byte), or
 * a name with nothing to make a page address of. The site loader and the command line read pages
 * through here, so they agree on what a page file is.
 *
 * <pre>{@code
 * Page page = PageFiles.read(Path.of("docs/governance.md"), "governance");
 * PageFiles.isPageFile(Path.of("NOTES.MD"));   // true: endings are compared case aside
 * }</pre>
 */
public final class PageFiles {
    /** The largest page file read, in bytes: a page is prose, not a data dump. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final TextFiles.Kind PAGES = new TextFiles.Kind("page", "pages");
    private static final Pattern PAGE_FILE = Pattern.compile("(?i).+\\.(?:md|markdown)");

    private PageFiles() {
    }

    /** Why a file could not be read as a page; the message is one plain sentence, naming the file. */
    public static final class NotAPageException extends IOException {
        private static final long serialVersionUID = 1L;

        /** A refusal with {@code message}. */
        public NotAPageException(String message) {
            super(message);
        }
    }

    /** Whether {@code file}'s name ends {@code .md} or {@code .markdown}, in any case. */
    public static boolean isPageFile(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        return name != null && isPageName(name.toString());
    }

    /** Whether a file called {@code name} is a page: its name ends {@code .md} or {@code .markdown}, in any case. */
    static boolean isPageName(String name) {
        return PAGE_FILE.matcher(name).matches();
    }

    /**
     * Reads the page at {@code file} with the slug {@code slug}.
     *
     * @throws NotAPageException if the file is missing, a folder, over {@link #MAX_BYTES}, or not
     *     UTF-8, saying which
     * @throws IOException if it cannot be read for another reason
     */
    public static Page read(Path file, String slug) throws IOException {
        return Page.parse(Objects.requireNonNull(slug, "slug"), text(file));
    }

    /**
     * The text of {@code file}, decoded as UTF-8 (a byte order mark is dropped).
     *
     * @throws NotAPageException if the file is missing, a folder, over {@link #MAX_BYTES}, or not UTF-8
     */
    public static String text(Path file) throws IOException {
        try {
            return TextFiles.read(file, MAX_BYTES, PAGES);
        } catch (TextFiles.UnreadableException e) {
            throw new NotAPageException(e.getMessage());
        }
    }
}
