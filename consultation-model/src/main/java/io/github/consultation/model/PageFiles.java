package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
        Path name = Checks.notNull(file, "file").getFileName();
        return name != null && PAGE_FILE.matcher(name.toString()).matches();
    }

    /**
     * Reads the page at {@code file} with the slug {@code slug}.
     *
     * @throws NotAPageException if the file is missing, a folder, over {@link #MAX_BYTES}, or not
     *     UTF-8, saying which
     * @throws IOException if it cannot be read for another reason
     */
    public static Page read(Path file, String slug) throws IOException {
        return Page.parse(Checks.notNull(slug, "slug"), text(file));
    }

    /**
     * The text of {@code file}, decoded as UTF-8 (a byte order mark is dropped).
     *
     * @throws NotAPageException if the file is missing, a folder, over {@link #MAX_BYTES}, or not UTF-8
     */
    public static String text(Path file) throws IOException {
        Checks.notNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new NotAPageException(file + " is a folder, not a page file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new NotAPageException("there is no file " + file);
        }
        if (bytes.length > MAX_BYTES) {
            throw new NotAPageException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; a page must be smaller");
        }
        return decode(file, bytes);
    }

    private static String decode(Path file, byte[] bytes) throws NotAPageException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new NotAPageException(String.format(Locale.ROOT,
                    "%s is not UTF-8: pages must be saved as UTF-8, and byte 0x%02X at line %d, column %d is not"
                            + " (it looks like another encoding, such as Latin-1 or Windows-1252)",
                    file, bytes[bad] & 0xFF, line, column));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
