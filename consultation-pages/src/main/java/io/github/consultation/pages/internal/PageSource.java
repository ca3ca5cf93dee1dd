package io.github.consultation.pages.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page's source into metadata and body, and finds its first heading.
 *
 * <p>Metadata are bare {@code key: value} lines at the very top, as MkDocs' {@code meta}
 * extension reads them: a key of letters, digits, {@code _} or {@code -}, then a colon; lines
 * indented by four or more spaces continue the previous value; the block ends at the first blank
 * line or the first line of another form.
 */
public final class PageSource {
    private static final Pattern META_LINE = Pattern.compile("^ {0,3}([A-Za-z0-9_-]+):\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^ {4,}(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern YAML_PAIR = Pattern.compile("^([A-Za-z0-9_-]+):\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+(.*)$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|`)");

    private final Map<String, String> metadata;
    private final String body;
    private final int bodyLine;

    private PageSource(Map<String, String> metadata, String text, int bodyStart) {
        this.metadata = metadata;
        this.body = text.substring(Math.min(bodyStart, text.length()));
        int line = 1;
        for (int i = 0; i < bodyStart && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        this.bodyLine = line;
    }

    /**
     * Parses {@code source}; line endings may be {@code \n}, {@code \r\n} or {@code \r}. The
     * metadata are a {@code ---} fenced front matter block, if the page starts with one, else bare
     * {@code key: value} lines.
     */
    public static PageSource parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Optional<PageSource> fenced = frontMatter(text);
        if (fenced.isPresent()) {
            return fenced.get();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        int offset = 0;
        String lastKey = null;
        while (offset < text.length()) {
            int end = text.indexOf('\n', offset);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(offset, end < 0 ? text.length() : end);
            Matcher meta = META_LINE.matcher(line);
            Matcher more = CONTINUATION.matcher(line);
            if (line.isBlank()) {
                if (lastKey != null) {
                    offset = next;
                }
                break;
            } else if (lastKey != null && more.matches()) {
                metadata.merge(lastKey, more.group(1).strip(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            } else if (meta.matches() && !meta.group(2).startsWith("//")) {
                lastKey = meta.group(1).toLowerCase(java.util.Locale.ROOT);
                metadata.merge(lastKey, meta.group(2).strip(), (a, b) -> a + "\n" + b);
            } else {
                break;
            }
            offset = next;
        }
        if (lastKey == null) {
            offset = 0;
        }
        return new PageSource(Collections.unmodifiableMap(metadata), text, offset);
    }

    /**
     * Reads a {@code ---} fenced front matter block, closed by {@code ---} or {@code ...}: the
     * simple YAML that consultation pages use. {@code key: value} lines (values may be quoted),
     * and {@code - item} lines under a key with no value, joined by {@code \n}; comments and
     * blank lines are skipped. A block without its closing fence is not front matter.
     */
    private static Optional<PageSource> frontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> metadata = new LinkedHashMap<>();
        String lastKey = null;
        int offset = lines[0].length() + 1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            offset += line.length() + 1;
            if (line.equals("---") || line.equals("...")) {
                int start = Math.min(offset, text.length());
                while (start < text.length() && text.charAt(start) == '\n') {
                    start++;
                }
                return Optional.of(new PageSource(Collections.unmodifiableMap(metadata), text, start));
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            Matcher pair = YAML_PAIR.matcher(line);
            if (lastKey != null && item.matches()) {
                metadata.merge(lastKey, unquote(item.group(1)), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            } else if (pair.matches()) {
                lastKey = pair.group(1).toLowerCase(java.util.Locale.ROOT);
                metadata.put(lastKey, unquote(pair.group(2)));
            } else if (lastKey != null && line.startsWith(" ")) {
                metadata.merge(lastKey, trimmed, (a, b) -> a.isEmpty() ? b : a + " " + b);
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The metadata, keys in lower case. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The line of the source on which the body starts, from 1. */
    public int bodyLine() {
        return bodyLine;
    }

    /** The text after the metadata. */
    public String body() {
        return body;
    }

    /** The plain text of the first ATX heading ({@code # ...}) outside code fences, if any. */
    public Optional<String> firstHeading() {
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            Matcher m = ATX_HEADING.matcher(line);
            if (!inFence && m.matches()) {
                String plain = EMPHASIS.matcher(TAG.matcher(m.group(1)).replaceAll("")).replaceAll("").strip();
                if (!plain.isEmpty()) {
                    return Optional.of(HtmlEntities.decode(plain));
                }
            }
        }
        return Optional.empty();
    }
}
