package io.github.consultation.benchmarks;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import io.github.consultation.model.RoleGroup;
import io.github.consultation.model.Submission;
import io.github.consultation.form.FormState;
import io.github.consultation.form.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link FormView} that gives the competitors the library's markup for a theme and state. */
final class FormViews {
    private static final Map<FeedbackField, String> IDS = Map.of(FeedbackField.PAGE, "gs-page",
            FeedbackField.REFLECTION, "mf-nature", FeedbackField.SUMMARY, "gs-summary", FeedbackField.DETAILS, "gs-details",
            FeedbackField.ROLE, "mf-role", FeedbackField.ORGANISATION, "mf-org", FeedbackField.EMAIL, "mf-email");
    private static final Map<String, String> ORIGIN_LABELS = Map.of("nature", "Reflection on our thinking from this page",
            "summary", "Summary", "details", "Details", "role", "Your role", "org", "Your organisation (optional)",
            "email", "Your email (optional, for follow-up only)");
    private static final Map<String, String> LABELS = Map.of("nature", "Reflection on our thinking from this page",
            "summary", "Summary", "details", "Details", "role", "Your role", "org", "Your organisation",
            "email", "Your email address");
    private static final Map<String, String> PLACEHOLDERS = Map.of("summary", "Brief summary (required)",
            "details", "Details (optional)", "org", "Organisation", "email", "you@example.org");
    private static final Map<String, String> HINTS = Map.of("summary", "A sentence or two about what you think of this page",
            "details", "Anything else you would like us to know", "email", "We will only use it to follow up on this feedback");

    private FormViews() {
    }

    private static String pick(Theme theme, String govuk, String origin, String plain) {
        return theme == Theme.GOVUK ? govuk : theme == Theme.ORIGIN ? origin : plain;
    }

    static FormView of(Theme theme, FormState state) {
        boolean origin = theme == Theme.ORIGIN;
        List<FieldError> errors = state.errors();
        List<FormView.ErrorLink> links = new ArrayList<>();
        for (FieldError e : errors) {
            String target = e.feedbackField().filter(f -> !f.filledByPage()).map(IDS::get).orElse("gs-form");
            links.add(new FormView.ErrorLink("#" + target, e.message()));
        }
        List<FormView.Control> controls = new ArrayList<>();
        for (FeedbackField field : FormVariant.FULL.fields()) {
            if (!field.filledByPage()) {
                controls.add(control(theme, field, state.submission(), errors));
            }
        }
        String wrapper = pick(theme, "govuk-!-margin-top-8", "feedback-section feedback-compact", "feedback");
        return new FormView(theme == Theme.GOVUK, theme == Theme.PLAIN, wrapper, theme == Theme.GOVUK ? "govuk-heading-m" : null,
                "Page feedback", origin ? "feedback-error-summary" : "error-summary", "There is a problem", links, state.page(),
                origin, controls, pick(theme, "govuk-button-group", "feedback-actions", "actions"),
                pick(theme, "govuk-button", "md-button", null), "Submit feedback",
                pick(theme, "govuk-body feedback-success", "feedback-success", "success"),
                state.outcome() != FormState.Outcome.SUCCEEDED || theme == Theme.GOVUK, "Thanks \u2014 feedback received",
                pick(theme, "govuk-error-message feedback-error", "feedback-error", "failure"), "Sorry \u2014 something went wrong");
    }

    private static FormView.Control control(Theme theme, FeedbackField field, Submission values, List<FieldError> errors) {
        boolean origin = theme == Theme.ORIGIN;
        boolean govuk = theme == Theme.GOVUK;
        FieldRules rules = field.rules(FormVariant.FULL);
        String name = field.formName();
        String id = IDS.get(field);
        Optional<FieldError> error = errors.stream().filter(e -> e.field().equals(name)).findFirst();
        boolean invalid = error.isPresent();
        String hint = origin ? null : HINTS.get(name);
        String describedBy = hint != null && invalid ? id + "-hint " + id + "-error"
                : hint != null ? id + "-hint" : invalid ? id + "-error" : null;
        String tag = rules.isChoice() ? "select" : field.multiline() ? "textarea" : "input";
        String controlClass = !govuk ? null : "govuk-" + tag + (invalid ? " govuk-" + tag + "--error" : "");
        String labelClass = origin ? (field == FeedbackField.SUMMARY || field == FeedbackField.DETAILS ? "sr-only" : null)
                : govuk ? "govuk-label" : null;
        String label = origin ? ORIGIN_LABELS.get(name) : LABELS.get(name);
        String optional = !origin && !rules.required() ? "(optional)" : null;
        String autocomplete = rules.email() ? "email" : field == FeedbackField.ORGANISATION ? "organization" : null;
        List<FormView.Group> groups = new ArrayList<>();
        String value = values.value(field);
        if (field == FeedbackField.ROLE) {
            for (RoleGroup group : RoleGroup.values()) {
                List<FormView.Option> options = new ArrayList<>();
                for (Role role : Role.values()) {
                    if (role.group() == group) {
                        options.add(new FormView.Option(role.text(), !origin, role.text(), role.text().equals(value)));
                    }
                }
                groups.add(new FormView.Group(origin ? null : group.text(), options));
            }
        } else if (field == FeedbackField.REFLECTION) {
            List<FormView.Option> options = new ArrayList<>();
            for (Reflection r : Reflection.values()) {
                options.add(new FormView.Option(r.text(), !origin, r.text(), r.text().equals(value)));
            }
            groups.add(new FormView.Group(null, options));
        }
        return new FormView.Control(
                origin ? null : govuk ? "govuk-form-group" + (invalid ? " govuk-form-group--error" : "")
                        : "field" + (invalid ? " field-error" : ""),
                labelClass, label, origin && field == FeedbackField.ROLE, optional,
                hint == null ? null : id + "-hint", pick(theme, "govuk-hint", "feedback-hint", "hint"), hint,
                id + "-error", pick(theme, "govuk-error-message", "feedback-field-error", "error-message"),
                pick(theme, "govuk-visually-hidden", "sr-only", "visually-hidden"), "Error:",
                error.map(FieldError::message).orElse(null),
                tag, controlClass, rules.email() ? "email" : "text", id, name, rules.required(), describedBy, invalid,
                rules.minLength().isPresent() ? rules.minLength().getAsInt() : null,
                rules.maxLength().isPresent() && !rules.isChoice() ? rules.maxLength().getAsInt() : null,
                rules.emailPattern().orElse(null), autocomplete, rules.email(), origin ? "3" : "5",
                origin && !rules.isChoice() ? PLACEHOLDERS.get(name) : null,
                value.isEmpty() ? null : value,
                field == FeedbackField.ROLE ? "\u2014 Select your role \u2014" : "\u2014 Select (optional) \u2014", groups);
    }
}
