package io.github.consultation.form.internal;

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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the feedback form in one theme from the one form definition: the fields of the
 * variant, their rules from the annotations on {@code Feedback}, the texts of the locale.
 * Immutable and safe to share between threads.
 */
public final class FormWriter {
    private final Theme theme;
    private final FormTexts texts;
    private final FormIds ids;
    private final String action;
    private final String method;
    private final String jsonEndpoint;
    private final Map<String, String> fixedHiddenFields;
    /** Whether the error summary is written in the form block, or left to the host to place. */
    private final boolean summaryInForm;
    /** Controls sit in a field wrapper in every theme but the origin one, one level deeper. */
    private final String indent;
    /** Each field's texts, looked up once. */
    private final Map<FeedbackField, FieldTexts> fieldTexts = new EnumMap<>(FeedbackField.class);
    /** The options of each choice field, written once for each option that may be selected ("" for none). */
    private final Map<FeedbackField, Map<String, String>> optionBlocks = new EnumMap<>(FeedbackField.class);
    private final String errorPrefix;
    private final String optional;

    /** What one field shows: its label, hint, placeholder and empty option, in the writer's theme and language. */
    private record FieldTexts(String label, Optional<String> hint, String placeholder, String choose) {
    }

    /**
     * The attributes of a text control that never change between renderings (lengths, pattern,
     * autocomplete, placeholder), written once, in the order the control writes them.
     */
    private final Map<FeedbackField, String> constantAttributes = new EnumMap<>(FeedbackField.class);

    /** A writer of {@code theme} with the host's settings. */
    public FormWriter(Theme theme, FormTexts texts, FormIds ids, String action, String method, String jsonEndpoint,
            Map<String, String> fixedHiddenFields, boolean summaryInForm) {
        this.theme = theme;
        this.summaryInForm = summaryInForm;
        this.texts = texts;
        this.ids = ids;
        this.action = action;
        this.method = method;
        this.jsonEndpoint = jsonEndpoint;
        this.fixedHiddenFields = fixedHiddenFields;
        this.indent = theme == Theme.ORIGIN ? "    " : "      ";
        this.errorPrefix = texts.get("error.prefix");
        this.optional = texts.get("optional");
        for (FeedbackField field : FeedbackField.values()) {
            if (field.filledByPage()) {
                continue;
            }
            String name = field.formName();
            boolean choice = field.rules().isChoice();
            fieldTexts.put(field, new FieldTexts(
                    texts.get((theme == Theme.ORIGIN ? "origin.label." : "label.") + name),
                    hint(field),
                    theme == Theme.ORIGIN && !choice ? texts.get("origin.placeholder." + name) : null,
                    choice ? texts.get("choose." + name) : null));
            if (!choice) {
                for (FormVariant variant : FormVariant.values()) {
                    if (!field.rules(variant).equals(field.rules())) {
                        throw new IllegalStateException("The form variants give " + field + " different rules;"
                                + " its attributes would have to be written per variant");
                    }
                }
                StringBuilder tail = new StringBuilder(512);
                HtmlOut html = new HtmlOut(tail);
                FieldRules rules = field.rules();
                lengthAttributes(rules, html);
                if (field.multiline()) {
                    html.markup(theme == Theme.ORIGIN ? " rows=\"3\"" : " rows=\"5\"");
                } else {
                    rules.emailPattern().ifPresent(pattern -> html.attribute("pattern", pattern));
                    if (rules.email()) {
                        html.markup(" autocomplete=\"email\" spellcheck=\"false\"");
                    } else if (field == FeedbackField.ORGANISATION) {
                        html.markup(" autocomplete=\"organization\"");
                    }
                }
                String placeholder = fieldTexts.get(field).placeholder();
                if (placeholder != null) {
                    html.attribute("placeholder", placeholder);
                }
                constantAttributes.put(field, tail.toString());
            }
            if (choice) {
                Map<String, String> blocks = new java.util.HashMap<>();
                blocks.put("", options(field, ""));
                for (String text : field.rules().options()) {
                    blocks.put(text, options(field, text));
                }
                optionBlocks.put(field, Map.copyOf(blocks));
            }
        }
    }

    /** The option elements of {@code field} with the one whose text is {@code selected} selected. */
    private String options(FeedbackField field, String selected) {
        StringBuilder block = new StringBuilder(4096);
        HtmlOut out = new HtmlOut(block);
        if (field == FeedbackField.ROLE) {
            writeRoleOptions(selected, out);
        } else {
            for (Reflection r : Reflection.values()) {
                option(field, r.code(), r.text(), r.text().equals(selected), indent + "  ", out);
            }
        }
        return block.toString();
    }

    /** Writes the whole form block for {@code variant} in {@code state}. */
    public void write(FormVariant variant, FormState state, HtmlOut out) {
        openWrapper(variant, out);
        writeHeading(variant, out);
        if (summaryInForm) {
            writeErrorSummary(variant, state, out);
        }
        if (theme == Theme.GOVUK && state.outcome() == FormState.Outcome.SUCCEEDED) {
            writeGovukSuccessBanner(out);
        }
        if (!variant.takesAnswers()) {
            out.markup("  <p class=\"").markup(cssClass("govuk-inset-text", "feedback-demo-notice", "demo-notice"))
                    .markup("\">").text(texts.get("demo")).markup("</p>\n");
        }
        openForm(variant, out);
        writeHiddenFields(state, out);
        for (FeedbackField field : variant.fields()) {
            if (!field.filledByPage()) {
                writeField(variant, field, state, out);
            }
        }
        writeActions(variant, out);
        writeMessages(state, out);
        out.markup("  </form>\n");
        out.markup(theme == Theme.PLAIN ? "</section>\n" : "</div>\n");
    }

    private String cssClass(String govuk, String origin, String plain) {
        switch (theme) {
            case GOVUK: return govuk;
            case ORIGIN: return origin;
            default: return plain;
        }
    }

    private void openWrapper(FormVariant variant, HtmlOut out) {
        String demo = variant.takesAnswers() ? "" : " is-demo";
        switch (theme) {
            case ORIGIN:
                String size = variant == FormVariant.MINIMAL ? "" : " feedback-compact";
                out.markup("<div class=\"feedback-section").markup(size).markup(demo).markup("\"")
                        .attribute("id", ids.wrapper()).markup(">\n");
                break;
            case GOVUK:
                out.markup("<div class=\"govuk-!-margin-top-8").markup(demo).markup("\"")
                        .attribute("id", ids.wrapper()).markup(">\n");
                break;
            default:
                out.markup("<section class=\"feedback").markup(demo).markup("\"")
                        .attribute("id", ids.wrapper()).attribute("aria-labelledby", ids.heading()).markup(">\n");
                break;
        }
    }

    private void writeHeading(FormVariant variant, HtmlOut out) {
        String text = texts.get(variant == FormVariant.MINIMAL ? "heading.minimal" : "heading");
        out.markup("  <h2").attribute("id", ids.heading());
        if (theme == Theme.GOVUK) {
            out.markup(" class=\"govuk-heading-m\"");
        }
        out.markup(">").text(text).markup("</h2>\n");
    }

    /** Writes the error summary of a failed submit, with a link to each field in error; nothing otherwise. */
    public void writeErrorSummary(FormVariant variant, FormState state, HtmlOut out) {
        if (state.outcome() != FormState.Outcome.FAILED) {
            return;
        }
        String title = texts.get("error.summary");
        String titleId = ids.errorSummary() + "-title";
        if (theme == Theme.GOVUK) {
            out.markup("  <div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"")
                    .attribute("id", ids.errorSummary()).markup(" tabindex=\"-1\">\n")
                    .markup("    <div role=\"alert\">\n")
                    .markup("      <h2 class=\"govuk-error-summary__title\"").attribute("id", titleId).markup(">")
                    .text(title).markup("</h2>\n")
                    .markup("      <div class=\"govuk-error-summary__body\">\n")
                    .markup("        <ul class=\"govuk-list govuk-error-summary__list\">\n");
        } else {
            out.markup("  <div class=\"").markup(theme == Theme.ORIGIN ? "feedback-error-summary" : "error-summary")
                    .markup("\"").attribute("id", ids.errorSummary())
                    .markup(" tabindex=\"-1\" role=\"alert\"").attribute("aria-labelledby", titleId).markup(">\n")
                    .markup("    <h3").attribute("id", titleId).markup(">").text(title).markup("</h3>\n")
                    .markup("    <ul>\n");
        }
        String items = theme == Theme.GOVUK ? "          " : "      ";
        for (FieldError error : state.errors()) {
            out.markup(items).markup("<li><a").attribute("href", "#" + ids.target(error, variant)).markup(">")
                    .text(error.message()).markup("</a></li>\n");
        }
        out.markup(items.substring(2)).markup("</ul>\n");
        if (theme == Theme.GOVUK) {
            out.markup("      </div>\n    </div>\n");
        }
        out.markup("  </div>\n");
    }

    private void writeGovukSuccessBanner(HtmlOut out) {
        out.markup("  <div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\"")
                .attribute("aria-labelledby", ids.success() + "-title")
                .markup(" data-module=\"govuk-notification-banner\">\n")
                .markup("    <div class=\"govuk-notification-banner__header\">\n")
                .markup("      <h3 class=\"govuk-notification-banner__title\"").attribute("id", ids.success() + "-title")
                .markup(">").text(texts.get("heading")).markup("</h3>\n")
                .markup("    </div>\n")
                .markup("    <div class=\"govuk-notification-banner__content\">\n")
                .markup("      <p class=\"govuk-notification-banner__heading\">").text(texts.get("success"))
                .markup("</p>\n    </div>\n  </div>\n");
    }

    private void openForm(FormVariant variant, HtmlOut out) {
        out.markup("  <form").attribute("id", ids.form());
        if (!action.isEmpty()) {
            out.urlAttribute("action", action);
        }
        out.attribute("method", method);
        if (!jsonEndpoint.isEmpty()) {
            out.urlAttribute("data-json-endpoint", jsonEndpoint);
        }
        out.flag("novalidate", theme == Theme.GOVUK);
        if (!variant.takesAnswers()) {
            out.markup(" data-disabled=\"true\"");
        }
        out.markup(">\n");
    }

    private void writeHiddenFields(FormState state, HtmlOut out) {
        for (Map.Entry<String, String> e : fixedHiddenFields.entrySet()) {
            hidden(e.getKey(), e.getValue(), null, out);
        }
        for (Map.Entry<String, String> e : state.hiddenFields().entrySet()) {
            hidden(e.getKey(), e.getValue(), null, out);
        }
        hidden(FeedbackField.PAGE.formName(), state.page(), ids.control(FeedbackField.PAGE), out);
        out.markup("    <input type=\"text\"").attribute("name", Submission.HONEYPOT).attribute("id", ids.honeypot());
        if (theme == Theme.ORIGIN) {
            out.markup(" style=\"display:none\"");
        } else {
            out.markup(" hidden");
        }
        out.markup(" tabindex=\"-1\" autocomplete=\"off\" aria-hidden=\"true\">\n");
    }

    /** Writes a hidden input; {@code id} may be null for none. */
    public static void hidden(String name, String value, String id, HtmlOut out) {
        out.markup("    <input type=\"hidden\"").attribute("name", name);
        if (id != null) {
            out.attribute("id", id);
        }
        out.attribute("value", value).markup(">\n");
    }

    private void writeField(FormVariant variant, FeedbackField field, FormState state, HtmlOut out) {
        FieldRules rules = field.rules(variant);
        Optional<FieldError> error = state.outcome() == FormState.Outcome.FAILED
                ? errorFor(state, field.formName()) : Optional.empty();
        String value = state.submission().value(field);
        FieldTexts text = fieldTexts.get(field);
        Optional<String> hint = text.hint();
        boolean disabled = !variant.takesAnswers();

        if (theme == Theme.GOVUK) {
            out.markup("    <div class=\"govuk-form-group").markup(error.isPresent() ? " govuk-form-group--error" : "")
                    .markup("\">\n");
        } else if (theme == Theme.PLAIN) {
            out.markup("    <div class=\"field").markup(error.isPresent() ? " field-error" : "").markup("\">\n");
        } else {
            out.markup("\n");
        }
        writeLabel(field, rules, text.label(), out);
        hint.ifPresent(h -> out.markup(indent).markup("<div").attribute("id", ids.hint(field))
                .markup(" class=\"").markup(cssClass("govuk-hint", "feedback-hint", "hint")).markup("\">")
                .text(h).markup("</div>\n"));
        error.ifPresent(e -> out.markup(indent).markup("<p").attribute("id", ids.error(field))
                .markup(" class=\"").markup(cssClass("govuk-error-message", "feedback-field-error", "error-message"))
                .markup("\"><span class=\"").markup(cssClass("govuk-visually-hidden", "sr-only", "visually-hidden"))
                .markup("\">").text(errorPrefix).markup("</span> ").text(e.message()).markup("</p>\n"));

        String describedBy = describedBy(field, hint.isPresent(), error.isPresent());
        if (rules.isChoice()) {
            writeSelect(field, rules, value, describedBy, error.isPresent(), disabled, out);
        } else if (field.multiline()) {
            writeTextarea(field, rules, value, describedBy, error.isPresent(), disabled, out);
        } else {
            writeInput(field, rules, value, describedBy, error.isPresent(), disabled, out);
        }
        if (theme != Theme.ORIGIN) {
            out.markup("    </div>\n");
        }
    }

    private static Optional<FieldError> errorFor(FormState state, String name) {
        for (FieldError e : state.errors()) {
            if (e.field().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private Optional<String> hint(FeedbackField field) {
        if (theme == Theme.ORIGIN) {
            return Optional.empty();
        }
        switch (field) {
            case SUMMARY: return Optional.of(texts.get("hint.summary"));
            case DETAILS: return Optional.of(texts.get("hint.details"));
            case EMAIL: return Optional.of(texts.get("hint.email"));
            default: return Optional.empty();
        }
    }

    private String describedBy(FeedbackField field, boolean hint, boolean error) {
        if (hint && error) {
            return ids.hint(field) + " " + ids.error(field);
        }
        return hint ? ids.hint(field) : error ? ids.error(field) : null;
    }

    private void writeLabel(FeedbackField field, FieldRules rules, String label, HtmlOut out) {
        out.markup(indent).markup("<label").attribute("for", ids.control(field));
        if (theme == Theme.ORIGIN) {
            if (field == FeedbackField.SUMMARY || field == FeedbackField.DETAILS) {
                out.markup(" class=\"sr-only\"");
            }
            out.markup(">").text(label);
            if (field == FeedbackField.ROLE) {
                out.markup(" <span class=\"req\">*</span>");
            }
        } else {
            if (theme == Theme.GOVUK) {
                out.markup(" class=\"govuk-label\"");
            }
            out.markup(">").text(label);
            if (!rules.required()) {
                out.markup(" ").text(optional);
            }
        }
        out.markup("</label>\n");
    }

    private void controlAttributes(FeedbackField field, FieldRules rules, String describedBy, boolean invalid,
            boolean disabled, HtmlOut out) {
        out.attribute("id", ids.control(field)).attribute("name", field.formName());
        out.flag("required", rules.required());
        if (describedBy != null) {
            out.attribute("aria-describedby", describedBy);
        }
        if (invalid) {
            out.markup(" aria-invalid=\"true\"");
        }
        out.flag("disabled", disabled);
    }

    private void lengthAttributes(FieldRules rules, HtmlOut out) {
        if (rules.minLength().isPresent()) {
            out.attribute("minlength", String.valueOf(rules.minLength().getAsInt()));
        }
        if (rules.maxLength().isPresent()) {
            out.attribute("maxlength", String.valueOf(rules.maxLength().getAsInt()));
        }
    }

    private void writeInput(FeedbackField field, FieldRules rules, String value, String describedBy, boolean invalid,
            boolean disabled, HtmlOut out) {
        out.markup(indent).markup("<input");
        if (theme == Theme.GOVUK) {
            out.markup(" class=\"govuk-input").markup(invalid ? " govuk-input--error" : "").markup("\"");
        }
        out.markup(rules.email() ? " type=\"email\"" : " type=\"text\"");
        controlAttributes(field, rules, describedBy, invalid, disabled, out);
        out.markup(constantAttributes(field));
        if (!value.isEmpty()) {
            out.attribute("value", value);
        }
        out.markup(">\n");
    }

    /**
     * The constant attributes of {@code field}: written once for the full form's rules, which the
     * other variants share for every text field (only the role's requiredness differs between
     * variants, and the role is a choice).
     */
    private String constantAttributes(FeedbackField field) {
        return constantAttributes.get(field);
    }

    private void writeTextarea(FeedbackField field, FieldRules rules, String value, String describedBy,
            boolean invalid, boolean disabled, HtmlOut out) {
        out.markup(indent).markup("<textarea");
        if (theme == Theme.GOVUK) {
            out.markup(" class=\"govuk-textarea").markup(invalid ? " govuk-textarea--error" : "").markup("\"");
        }
        controlAttributes(field, rules, describedBy, invalid, disabled, out);
        out.markup(constantAttributes(field));
        // The line break after the start tag is dropped by HTML parsers, so a value that starts
        // with a line break keeps it.
        out.markup(">\n").text(value).markup("</textarea>\n");
    }

    private void writeSelect(FeedbackField field, FieldRules rules, String value, String describedBy, boolean invalid,
            boolean disabled, HtmlOut out) {
        out.markup(indent).markup("<select");
        if (theme == Theme.GOVUK) {
            out.markup(" class=\"govuk-select").markup(invalid ? " govuk-select--error" : "").markup("\"");
        }
        controlAttributes(field, rules, describedBy, invalid, disabled, out);
        out.markup(">\n");
        out.markup(indent).markup("  <option value=\"\">").text(fieldTexts.get(field).choose()).markup("</option>\n");
        Map<String, String> blocks = optionBlocks.get(field);
        out.markup(blocks.getOrDefault(value, blocks.get(""))).markup(indent).markup("</select>\n");
    }

    private void writeRoleOptions(String value, HtmlOut out) {
        boolean grouped = theme != Theme.ORIGIN;
        RoleGroup open = null;
        for (Role role : Role.values()) {
            if (grouped && role.group() != open) {
                if (open != null) {
                    out.markup(indent).markup("  </optgroup>\n");
                }
                open = role.group();
                out.markup(indent).markup("  <optgroup").attribute("label", texts.group(open)).markup(">\n");
            }
            option(FeedbackField.ROLE, role.code(), role.text(), role.text().equals(value),
                    indent + (grouped ? "    " : "  "), out);
        }
        if (open != null) {
            out.markup(indent).markup("  </optgroup>\n");
        }
    }

    /**
     * Writes one option. The origin theme, like the existing site, lets the option's text be its
     * value; the others give the English text as the value, so a translated label still sends
     * what the validator knows.
     */
    private void option(FeedbackField field, String code, String text, boolean selected, String indent, HtmlOut out) {
        String label = texts.option(field.formName(), code, text);
        out.markup(indent).markup("<option");
        if (theme != Theme.ORIGIN || !label.equals(text)) {
            out.attribute("value", text);
        }
        out.flag("selected", selected).markup(">").text(label).markup("</option>\n");
    }

    private void writeActions(FormVariant variant, HtmlOut out) {
        String classes = cssClass("govuk-button", "md-button", "");
        out.markup("\n    <div class=\"").markup(cssClass("govuk-button-group", "feedback-actions", "actions"))
                .markup("\">\n      <button type=\"submit\"");
        if (!classes.isEmpty()) {
            out.markup(" class=\"").markup(classes).markup("\"");
        }
        if (theme == Theme.GOVUK) {
            out.markup(" data-module=\"govuk-button\"");
        }
        out.flag("disabled", !variant.takesAnswers());
        out.markup(">").text(texts.get("submit")).markup("</button>\n    </div>\n\n");
    }

    private void writeMessages(FormState state, HtmlOut out) {
        boolean succeeded = state.outcome() == FormState.Outcome.SUCCEEDED;
        boolean showSuccessHere = succeeded && theme != Theme.GOVUK;
        out.markup("    <div class=\"").markup(cssClass("govuk-body feedback-success", "feedback-success", "success"))
                .markup("\"").attribute("id", ids.success()).markup(" role=\"status\" tabindex=\"-1\"")
                .flag("hidden", !showSuccessHere).markup(">").text(texts.get("success")).markup("</div>\n");
        out.markup("    <div class=\"").markup(cssClass("govuk-error-message feedback-error", "feedback-error", "failure"))
                .markup("\"").attribute("id", ids.failure()).markup(" role=\"alert\" tabindex=\"-1\" hidden>")
                .text(texts.get("failure")).markup("</div>\n");
    }
}
