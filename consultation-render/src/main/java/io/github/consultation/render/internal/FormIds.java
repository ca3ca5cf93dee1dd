package io.github.consultation.render.internal;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;

/**
 * The ids of the form's elements: the existing site's ids, each after an optional prefix so
 * that two forms can share a page. Immutable.
 */
public final class FormIds {
    private final String prefix;

    /** Ids after {@code prefix} (possibly empty). */
    public FormIds(String prefix) {
        this.prefix = prefix;
    }

    /** The wrapper around heading and form. */
    public String wrapper() {
        return prefix + "sheets";
    }

    /** The form element. */
    public String form() {
        return prefix + "gs-form";
    }

    /** The heading. */
    public String heading() {
        return prefix + "gs-heading";
    }

    /** The honeypot input. */
    public String honeypot() {
        return prefix + "hp_field";
    }

    /** The success message. */
    public String success() {
        return prefix + "gs-ok";
    }

    /** The failure message. */
    public String failure() {
        return prefix + "gs-err";
    }

    /** The error summary. */
    public String errorSummary() {
        return prefix + "gs-error-summary";
    }

    /** The control of {@code field}. */
    public String control(FeedbackField field) {
        switch (field) {
            case PAGE: return prefix + "gs-page";
            case REFLECTION: return prefix + "mf-nature";
            case SUMMARY: return prefix + "gs-summary";
            case DETAILS: return prefix + "gs-details";
            case ROLE: return prefix + "mf-role";
            case ORGANISATION: return prefix + "mf-org";
            case EMAIL: return prefix + "mf-email";
            default: throw new IllegalArgumentException(field.name());
        }
    }

    /** The inline error message of {@code field}. */
    public String error(FeedbackField field) {
        return control(field) + "-error";
    }

    /** The hint of {@code field}. */
    public String hint(FeedbackField field) {
        return control(field) + "-hint";
    }

    /**
     * Where the error summary's link for {@code error} goes: the field's control if the form
     * shows it, else the form itself.
     */
    public String target(FieldError error, io.github.consultation.model.FormVariant variant) {
        return error.feedbackField()
                .filter(f -> variant.asks(f) && !f.filledByPage())
                .map(this::control)
                .orElse(form());
    }
}
