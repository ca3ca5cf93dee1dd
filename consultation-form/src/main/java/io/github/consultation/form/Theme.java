package io.github.consultation.form;

/**
 * The markup style of a rendered form. All themes have the same controls, names, ids and rules;
 * they differ in classes, wrappers and how errors are shown.
 *
 * <pre>{@code
 * FormRenderer.builder().theme(Theme.GOVUK).build();
 * }</pre>
 */
public enum Theme {
    /**
     * The existing consultation site's markup (ids {@code sheets}, {@code gs-form},
     * {@code gs-summary}, ...; classes {@code feedback-section feedback-compact}), so that its
     * CSS and script keep working; the browser's own constraint checks run first.
     */
    ORIGIN,
    /**
     * GOV.UK Frontend classes and its error pattern: {@code novalidate}, an error summary with
     * links, inline messages with a hidden "Error:" prefix, roles grouped by {@code optgroup}.
     */
    GOVUK,
    /** Semantic HTML with few classes, for hosts that bring their own CSS. */
    PLAIN
}
