package io.github.consultation.benchmarks;

import io.github.consultation.render.FormState;
import io.github.consultation.render.Theme;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Question;
import io.github.consultation.model.Submission;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link FormView} that gives the competitors the library's markup for a theme and
 * state, from the same form definition and texts the library renders: the origin and plain
 * themes. (The GOV.UK theme writes GOV.UK Frontend's components, proven against upstream's own
 * fixtures; it is timed alone.)
 */
final class FormViews {
    private static final FormDefinition FORM = FormDefinition.pageFeedback();

    private FormViews() {
    }

    static FormView of(Theme theme, FormState state) {
        if (theme != Theme.ORIGIN && theme != Theme.PLAIN) {
            throw new IllegalArgumentException("The competitors write the origin and plain themes, not " + theme);
        }
        boolean origin = theme == Theme.ORIGIN;
        FormTexts texts = FORM.texts(Locale.ENGLISH);
        List<FormView.ErrorLink> links = new ArrayList<>();
        for (FieldError e : state.errors()) {
            String target = FORM.question(e.field()).filter(q -> !isPage(q)).map(Question::id).orElse("gs-form");
            links.add(new FormView.ErrorLink("#" + target, e.message()));
        }
        List<FormView.Control> controls = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (Question q : FORM.questions()) {
            fields.add(q.name());
        }
        fields.add(FormDefinition.HONEYPOT);
        for (Question q : FORM.questions(FormVariant.FULL)) {
            if (!isPage(q)) {
                controls.add(control(origin, q, texts, state.submission(), state.errors()));
            }
        }
        return new FormView(FORM.tab(), String.join(" ", fields), false, !origin,
                origin ? "feedback-section feedback-compact" : "feedback", null, texts.get("heading"),
                origin ? "feedback-error-summary" : "error-summary", texts.get("error.summary"), links, state.page(), origin,
                controls, origin ? "feedback-actions" : "actions", origin ? "md-button" : null, texts.get("submit"),
                origin ? "feedback-success" : "success", state.outcome() != FormState.Outcome.SUCCEEDED,
                texts.get("success"), origin ? "feedback-error" : "failure", texts.get("failure"));
    }

    private static boolean isPage(Question q) {
        return q instanceof TextQuestion && ((TextQuestion) q).filledByPage();
    }

    private static FormView.Control control(boolean origin, Question q, FormTexts texts, Submission values,
            List<FieldError> errors) {
        FieldRules rules = FORM.rules(q.name(), FormVariant.FULL);
        String name = q.name();
        String id = q.id();
        Optional<FieldError> error = errors.stream().filter(e -> e.field().equals(name)).findFirst();
        boolean invalid = error.isPresent();
        String hint = origin ? null : texts.find("hint." + name).orElse(null);
        String describedBy = hint != null && invalid ? id + "-hint " + id + "-error"
                : hint != null ? id + "-hint" : invalid ? id + "-error" : null;
        TextQuestion text = q instanceof TextQuestion ? (TextQuestion) q : null;
        String tag = text == null ? "select" : text.multiline() ? "textarea" : "input";
        String label = origin ? texts.find("origin.label." + name).orElseGet(() -> texts.get("label." + name))
                : texts.get("label." + name);
        String labelClass = origin && texts.find("origin.placeholder." + name).isPresent() && text != null
                && !name.equals("org") && !name.equals("email") ? "sr-only" : null;
        String optional = !origin && !rules.required() ? texts.get("optional") : null;
        String value = values.value(name);
        List<FormView.Group> groups = new ArrayList<>();
        if (q instanceof ChoiceQuestion) {
            Map<Optional<OptionGroup>, List<FormView.Option>> byGroup = new LinkedHashMap<>();
            for (Option o : ((ChoiceQuestion) q).options()) {
                String shown = texts.option(q, o);
                byGroup.computeIfAbsent(origin ? Optional.empty() : o.group(), g -> new ArrayList<>())
                        .add(new FormView.Option(shown, !origin, shown, shown.equals(value)));
            }
            byGroup.forEach((group, options) -> groups.add(new FormView.Group(group.map(texts::group).orElse(null), options)));
        }
        return new FormView.Control(origin ? null : "field" + (invalid ? " field-error" : ""),
                labelClass, label, origin && rules.required() && text == null, optional,
                hint == null ? null : id + "-hint", origin ? "feedback-hint" : "hint", hint,
                id + "-error", origin ? "feedback-field-error" : "error-message", origin ? "sr-only" : "visually-hidden",
                texts.get("error.prefix") + ":", error.map(FieldError::message).orElse(null),
                tag, null, rules.email() ? "email" : "text", id, name, rules.required(), describedBy, invalid,
                rules.minLength().isPresent() ? rules.minLength().getAsInt() : null,
                rules.maxLength().isPresent() && !rules.isChoice() ? rules.maxLength().getAsInt() : null,
                rules.emailPattern().orElse(null), text == null || text.autocomplete().isEmpty() ? null : text.autocomplete(),
                rules.email(), text != null && text.multiline() ? String.valueOf(origin ? text.rows() : 5) : null,
                origin ? texts.find("origin.placeholder." + name).orElse(null) : null,
                value.isEmpty() ? null : value, texts.find("choose." + name).orElse(null), groups);
    }
}
