package io.github.consultation.form.internal;

import io.github.consultation.form.HtmlEscaper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes markup to an {@link Appendable}: constant markup as it is, every value through the
 * escaper for its context. An {@link IOException} of the output becomes an
 * {@link UncheckedIOException}.
 */
public final class HtmlOut {
    private final Appendable out;

    /** Writes to {@code out}. */
    public HtmlOut(Appendable out) {
        this.out = out;
    }

    /** Writes constant markup written by this library; never a value from outside. */
    public HtmlOut markup(String markup) {
        try {
            out.append(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes {@code value} as element text. */
    public HtmlOut text(String value) {
        HtmlEscaper.text(value, out);
        return this;
    }

    /** Writes {@code value} escaped for a double-quoted attribute, without the quotes. */
    public HtmlOut attributeValue(String value) {
        HtmlEscaper.attribute(value, out);
        return this;
    }

    /** Writes {@code  name="value"}, the value escaped. */
    public HtmlOut attribute(String name, String value) {
        markup(" ").markup(name).markup("=\"");
        HtmlEscaper.attribute(value, out);
        return markup("\"");
    }

    /** Writes {@code  name="value"} for a URL attribute, the value made safe. */
    public HtmlOut urlAttribute(String name, String value) {
        markup(" ").markup(name).markup("=\"");
        HtmlEscaper.url(value, out);
        return markup("\"");
    }

    /** Writes {@code  name} when {@code on}. */
    public HtmlOut flag(String name, boolean on) {
        return on ? markup(" ").markup(name) : this;
    }
}
