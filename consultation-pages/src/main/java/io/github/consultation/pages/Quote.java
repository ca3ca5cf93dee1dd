package io.github.consultation.pages;

import java.util.Objects;
import java.util.Optional;

/**
 * A block quote of a rendered page with its attribution: the last paragraph of the quote when it
 * reads {@code -- <cite>Who, *where*</cite>}.
 *
 * <pre>{@code
 * Quote q = rendered.quotes().get(0);
 * q.text();          // "A file that cannot travel is a file that has to be written twice."
 * q.attribution();   // Optional["Notes from a practitioners' workshop, spring 2026"]
 * }</pre>
 *
 * @param text the quoted text without its attribution, paragraphs separated by a blank line
 * @param attribution the text of the {@code cite}, if the quote has one
 * @param html the whole quote as HTML (after the page's raw HTML policy)
 */
public record Quote(String text, Optional<String> attribution, String html) {
    /** Checks that nothing is null. */
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(html, "html");
    }
}
