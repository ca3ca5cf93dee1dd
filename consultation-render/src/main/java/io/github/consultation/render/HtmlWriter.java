package io.github.consultation.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes HTML for a {@link Theme}: element and attribute names and class names as markup,
 * every value (labels, messages, what the reader typed, ids, addresses) through
 * {@link HtmlEscaper} for its context. There is no way to write raw markup, so a theme supplies
 * structure and class names only and cannot let a value escape its context. Names given by a
 * host's own theme are checked as they are written; a name that could break out of its place (a
 * space in a tag name, a quote in a class) is refused with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * out.indent(4).start("p").attribute("id", field.errorId()).classes("nhsuk-error-message").end()
 *    .start("span").classes("nhsuk-u-visually-hidden").end().text(field.errorPrefix()).close("span")
 *    .text(" ").text(field.error().orElseThrow()).close("p").line();
 * }</pre>
 *
 * <p>An {@link IOException} of the output becomes an {@link UncheckedIOException}. Used by one
 * thread at a time.
 */
public final class HtmlWriter {
    private static final String SPACES = "                                        ";

    private final Appendable out;
    /** Whether names come from this library's own themes, which are checked by their tests instead. */
    private final boolean trusted;

    HtmlWriter(Appendable out, boolean trusted) {
        this.out = out;
        this.trusted = trusted;
    }

    /** A writer to {@code buffer} that checks names as this one does, for output written out of order. */
    HtmlWriter sibling(Appendable buffer) {
        return new HtmlWriter(buffer, trusted);
    }

    /** Writes output of a {@link #sibling} as it is. */
    HtmlWriter raw(CharSequence written) {
        try {
            out.append(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private HtmlWriter raw(String markup) {
        try {
            out.append(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private HtmlWriter raw(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Opens a start tag: {@code <tag}; attributes follow, then {@link #end()}. */
    public HtmlWriter start(String tag) {
        return raw('<').raw(checked(tag, Kind.TAG));
    }

    /** Ends a start tag: {@code >}. */
    public HtmlWriter end() {
        return raw('>');
    }

    /** Writes an end tag: {@code </tag>}. */
    public HtmlWriter close(String tag) {
        return raw("</").raw(checked(tag, Kind.TAG)).raw('>');
    }

    /** Writes {@code  name="value"}, the value escaped for a double-quoted attribute. */
    public HtmlWriter attribute(String name, String value) {
        raw(' ').raw(checked(name, Kind.ATTRIBUTE)).raw("=\"");
        HtmlEscaper.attribute(Objects.requireNonNull(value, "value"), out);
        return raw('"');
    }

    /** Writes {@code  name="n"}. */
    public HtmlWriter attribute(String name, int value) {
        return raw(' ').raw(checked(name, Kind.ATTRIBUTE)).raw("=\"").raw(Integer.toString(value)).raw('"');
    }

    /**
     * Writes {@code  name="address"} for an address (an {@code href} or {@code action}): only
     * {@code http}, {@code https}, {@code mailto} and relative addresses pass; others become
     * {@code #}.
     */
    public HtmlWriter urlAttribute(String name, String value) {
        raw(' ').raw(checked(name, Kind.ATTRIBUTE)).raw("=\"");
        HtmlEscaper.url(Objects.requireNonNull(value, "value"), out);
        return raw('"');
    }

    /** Writes the boolean attribute {@code  name}. */
    public HtmlWriter flag(String name) {
        return raw(' ').raw(checked(name, Kind.ATTRIBUTE));
    }

    /** Writes the boolean attribute {@code  name} when {@code on}. */
    public HtmlWriter flag(String name, boolean on) {
        return on ? flag(name) : this;
    }

    /**
     * Writes {@code  class="a b"} of the non-empty {@code classes} (each may hold several names
     * separated by single spaces); nothing if all are empty.
     */
    public HtmlWriter classes(String... classes) {
        boolean first = true;
        for (String c : classes) {
            if (c == null || c.isEmpty()) {
                continue;
            }
            raw(first ? " class=\"" : " ").raw(checked(c, Kind.CLASSES));
            first = false;
        }
        return first ? this : raw('"');
    }

    /** Writes {@code value} as element text, escaped. */
    public HtmlWriter text(String value) {
        HtmlEscaper.text(Objects.requireNonNull(value, "value"), out);
        return this;
    }

    /** Writes a line break. */
    public HtmlWriter line() {
        return raw('\n');
    }

    /** Writes {@code spaces} spaces, to indent the next line. */
    public HtmlWriter indent(int spaces) {
        int left = spaces;
        while (left > 0) {
            int n = Math.min(left, SPACES.length());
            try {
                // A range of the constant, not a substring of it: indenting allocates nothing.
                out.append(SPACES, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            left -= n;
        }
        return this;
    }

    private enum Kind { TAG, ATTRIBUTE, CLASSES }

    private String checked(String name, Kind kind) {
        Objects.requireNonNull(name, "name");
        if (trusted) {
            return name;
        }
        boolean ok = !name.isEmpty();
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && i > 0);
            switch (kind) {
                case TAG:
                    ok = letter;
                    break;
                case ATTRIBUTE:
                    ok = letter || (i > 0 && (c == '-' || c == '_' || c == ':' || c == '.'));
                    break;
                default:
                    ok = letter || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '!'
                            || c == ':' || (c == ' ' && i > 0 && i < name.length() - 1 && name.charAt(i - 1) != ' ');
                    break;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("Not a safe " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " name for a theme to write: '" + name + "'");
        }
        return name;
    }
}
