package io.github.consultation.form.internal;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;

/**
 * The ids of the form's elements: the existing site's ids, each after an optional prefix so
 * that two forms can share a page. Immutable.
 */
public final class FormIds {
    private final String prefix;
    private final java.util.Map<FeedbackField, String> controls = new java.util.EnumMap<>(FeedbackField.class);
    private final java.util.Map<FeedbackField, String> errors = new java.util.EnumMap<>(FeedbackField.class);
    private final java.util.Map<FeedbackField, String> hints = new java.util.EnumMap<>(FeedbackField.class);

    /** Ids after {@code prefix} (possibly empty). */
    public FormIds(String prefix) {
        this.prefix = prefix;
        for (FeedbackField field : FeedbackField.values()) {
            String id = prefix + base(field);
            controls.put(field, id);
            errors.put(field, id + "-error");
            hints.put(field, id + "-hint");
        }
    }

    /** Every id the form may carry, in any theme, variant and state. */
    public java.util.Set<String> all() {
        java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(wrapper(), form(), heading(), honeypot(),
                success(), failure(), errorSummary()));
        all.addAll(controls.values());
        all.addAll(errors.values());
        all.addAll(hints.values());
        return java.util.Set.copyOf(all);
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

    private static String base(FeedbackField field) {
        switch (field) {
            case PAGE: return "gs-page";
            case REFLECTION: return "mf-nature";
            case SUMMARY: return "gs-summary";
            case DETAILS: return "gs-details";
            case ROLE: return "mf-role";
            case ORGANISATION: return "mf-org";
            case EMAIL: return "mf-email";
            default: throw new IllegalArgumentException(field.name());
        }
    }

    /** The control of {@code field}. */
    public String control(FeedbackField field) {
        return controls.get(field);
    }

    /** The inline error message of {@code field}. */
    public String error(FeedbackField field) {
        return errors.get(field);
    }

    /** The hint of {@code field}. */
    public String hint(FeedbackField field) {
        return hints.get(field);
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
