package io.github.consultation.definition.internal;

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
import java.util.Objects;

/**
 * Reads a consultation's text files (pages, form definitions) as UTF-8, with one plain sentence
 * for each way a file can fail: missing, a folder, too large, or not UTF-8 (naming the line and
 * column of the first bad byte). Pages and definition files are read through here so that they
 * agree on what a readable file is; each names its own kind of file in the sentences.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** Why a file could not be read as text; the message is one plain sentence, naming the file. */
    public static final class UnreadableException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The kind of file being read, as the sentences name it.
     *
     * @param one the kind in the singular ({@code "page"})
     * @param many the kind in the plural ({@code "pages"})
     */
    public record Kind(String one, String many) {
        /** Checks that nothing is null. */
        public Kind {
            Objects.requireNonNull(one, "one");
            Objects.requireNonNull(many, "many");
        }
    }

    /**
     * The text of {@code file}, decoded as UTF-8 (a byte order mark is dropped).
     *
     * @throws UnreadableException if the file is missing, a folder, over {@code maxBytes}, or not UTF-8
     * @throws IOException if it cannot be read for another reason
     */
    public static String read(Path file, int maxBytes, Kind kind) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new UnreadableException(file + " is a folder, not a " + kind.one() + " file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("there is no file " + file);
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableException(file + " is larger than " + maxBytes / (1024 * 1024) + " MiB; a " + kind.one()
                    + " must be smaller");
        }
        return decode(file, bytes, kind);
    }

    private static String decode(Path file, byte[] bytes, Kind kind) throws UnreadableException {
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
            throw new UnreadableException(String.format(Locale.ROOT,
                    "%s is not UTF-8: %s must be saved as UTF-8, and byte 0x%02X at line %d, column %d is not"
                            + " (it looks like another encoding, such as Latin-1 or Windows-1252)",
                    file, kind.many(), bytes[bad] & 0xFF, line, column));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
