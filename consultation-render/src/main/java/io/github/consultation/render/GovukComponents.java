package io.github.consultation.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * GOV.UK Frontend's form components, written as its Nunjucks macros write them for the same
 * options, for the pinned version ({@link GovukTheme#FRONTEND_VERSION}). Each component takes a
 * record of the macro's options that this library supports; {@code GovukFixturesTest} feeds
 * upstream's own fixtures through them and compares the DOM, listing every option not supported
 * here by name. Options that carry raw HTML ({@code html}, {@code titleHtml}, ...) are not
 * supported on purpose: every value is text, escaped for its context.
 *
 * <p>The class prefix is {@code govuk} for GOV.UK Frontend; a design system in its family (such
 * as the NHS.UK frontend) uses its own. Output is compact: one element per line, indented.
 */
final class GovukComponents {
    private final String p;

    GovukComponents(String prefix) {
        this.p = prefix;
    }

    /** The class prefix, such as {@code govuk}. */
    String prefix() {
        return p;
    }

    /** An attribute value that writes the attribute's name alone ({@code required}). */
    static final Object FLAG = new Object() {
        @Override
        public String toString() {
            return "(flag)";
        }
    };

    /** Attributes in order; a value is text, {@code true}/{@code false} written as the text, or {@link #FLAG}. */
    static Map<String, Object> attributes() {
        return new LinkedHashMap<>();
    }

    record Label(@Nullable String text, @Nullable String classes, boolean isPageHeading,
            Map<String, Object> attributes) {
        static Label of(String text) {
            return new Label(text, null, false, Map.of());
        }
    }

    record Hint(@Nullable String id, @Nullable String text, @Nullable String classes, Map<String, Object> attributes) {
        static Hint of(String text) {
            return new Hint(null, text, null, Map.of());
        }
    }

    record ErrorMessage(@Nullable String id, @Nullable String text, @Nullable String classes,
            Map<String, Object> attributes, @Nullable String visuallyHiddenText) {
        static ErrorMessage of(String text, String visuallyHiddenText) {
            return new ErrorMessage(null, text, null, Map.of(), visuallyHiddenText);
        }
    }

    record FormGroup(@Nullable String classes, Map<String, Object> attributes) {
        static final FormGroup NONE = new FormGroup(null, Map.of());
    }

    record Legend(@Nullable String text, @Nullable String classes, boolean isPageHeading) {
    }

    record Fieldset(@Nullable String describedBy, @Nullable Legend legend, @Nullable String classes, @Nullable String role,
            Map<String, Object> attributes) {
    }

    record Input(@Nullable String id, String name, @Nullable String type, @Nullable String inputmode, @Nullable String value,
            boolean disabled, @Nullable String describedBy, Label label, @Nullable Hint hint,
            @Nullable ErrorMessage errorMessage, @Nullable String classes, @Nullable String autocomplete,
            @Nullable String pattern, @Nullable Boolean spellcheck, @Nullable String autocapitalize,
            Map<String, Object> attributes, FormGroup formGroup) {
    }

    record Textarea(@Nullable String id, String name, @Nullable Integer rows, @Nullable String value, boolean disabled,
            @Nullable String describedBy, Label label, @Nullable Hint hint, @Nullable ErrorMessage errorMessage,
            @Nullable String classes, @Nullable String autocomplete, @Nullable Boolean spellcheck,
            Map<String, Object> attributes, FormGroup formGroup) {
    }

    /** The character count's texts: each plural form by its CLDR rule name ("one", "other"). */
    record CountTexts(Map<String, String> charactersUnderLimit, @Nullable String charactersAtLimit,
            Map<String, String> charactersOverLimit, Map<String, String> wordsUnderLimit, @Nullable String wordsAtLimit,
            Map<String, String> wordsOverLimit) {
        static final CountTexts NONE = new CountTexts(Map.of(), null, Map.of(), Map.of(), null, Map.of());
    }

    record CharacterCount(@Nullable String id, String name, @Nullable Integer rows, @Nullable String value,
            @Nullable Integer maxlength, @Nullable Integer maxwords, @Nullable Integer threshold, Label label,
            @Nullable Hint hint, @Nullable ErrorMessage errorMessage, @Nullable String classes,
            Map<String, Object> attributes, @Nullable Boolean spellcheck, FormGroup formGroup,
            @Nullable String countMessageClasses, @Nullable String textareaDescriptionText, CountTexts texts) {
    }

    /** An option of a select; {@code group} is this library's addition, written as an {@code optgroup}. */
    record SelectItem(@Nullable String value, String text, @Nullable Boolean selected, boolean disabled,
            Map<String, Object> attributes, @Nullable String group) {
    }

    record Select(@Nullable String id, String name, List<SelectItem> items, @Nullable String value, boolean disabled,
            @Nullable String describedBy, Label label, @Nullable Hint hint, @Nullable ErrorMessage errorMessage,
            @Nullable String classes, Map<String, Object> attributes, FormGroup formGroup) {
    }

    /** A radio or a checkbox; a {@code divider} item is only a divider. */
    record ChoiceItem(@Nullable String value, @Nullable String text, @Nullable String id, @Nullable Boolean checked,
            boolean disabled, @Nullable String hint, Map<String, Object> attributes, @Nullable String labelClasses,
            Map<String, Object> labelAttributes, @Nullable String divider, @Nullable String name,
            @Nullable String behaviour) {
    }

    record Choices(@Nullable String idPrefix, String name, List<ChoiceItem> items, List<String> values,
            @Nullable String describedBy, @Nullable Fieldset fieldset, @Nullable Hint hint,
            @Nullable ErrorMessage errorMessage, @Nullable String classes, Map<String, Object> attributes,
            FormGroup formGroup) {
    }

    record Button(@Nullable String text, @Nullable String name, @Nullable String type, @Nullable String value,
            boolean disabled, @Nullable String classes, Map<String, Object> attributes, @Nullable Boolean preventDoubleClick,
            @Nullable String id) {
    }

    record ErrorLink(@Nullable String text, @Nullable String href, Map<String, Object> attributes) {
    }

    record ErrorSummary(@Nullable String titleText, @Nullable String descriptionText, List<ErrorLink> errorList,
            @Nullable String classes, Map<String, Object> attributes, @Nullable Boolean disableAutoFocus) {
    }

    private static String classes(String base, @Nullable String extra) {
        return extra == null || extra.isEmpty() ? base : base + " " + extra;
    }

    /** Writes attributes as the macros' {@code govukAttributes} does with plain (not optional) values. */
    private static void attributes(Map<String, Object> attributes, HtmlWriter out) {
        attributes.forEach((name, value) -> {
            if (value == FLAG) {
                out.flag(name);
            } else {
                out.attribute(name, value == null ? "" : String.valueOf(value));
            }
        });
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isEmpty();
    }

    void label(Label label, String forId, int indent, HtmlWriter out) {
        if (!present(label.text())) {
            return;
        }
        int at = indent;
        if (label.isPageHeading()) {
            out.indent(at).start("h1").classes(p + "-label-wrapper").end().line();
            at += 2;
        }
        out.indent(at).start("label").classes(classes(p + "-label", label.classes()));
        attributes(label.attributes(), out);
        if (!forId.isEmpty()) {
            out.attribute("for", forId);
        }
        out.end().text(label.text()).close("label").line();
        if (label.isPageHeading()) {
            out.indent(indent).close("h1").line();
        }
    }

    void hint(Hint hint, int indent, HtmlWriter out) {
        out.indent(indent).start("div");
        if (present(hint.id())) {
            out.attribute("id", hint.id());
        }
        out.classes(classes(p + "-hint", hint.classes()));
        attributes(hint.attributes(), out);
        out.end().text(hint.text() == null ? "" : hint.text()).close("div").line();
    }

    void errorMessage(ErrorMessage error, int indent, HtmlWriter out) {
        out.indent(indent).start("p");
        if (present(error.id())) {
            out.attribute("id", error.id());
        }
        out.classes(classes(p + "-error-message", error.classes()));
        attributes(error.attributes(), out);
        out.end();
        String hidden = error.visuallyHiddenText() == null ? "Error" : error.visuallyHiddenText();
        if (!hidden.isEmpty()) {
            out.start("span").classes(p + "-visually-hidden").end().text(hidden + ":").close("span").text(" ");
        }
        out.text(error.text() == null ? "" : error.text()).close("p").line();
    }

    /** The start of a fieldset with its legend; the caller writes its content and {@link #closeFieldset}. */
    void openFieldset(Fieldset fieldset, int indent, HtmlWriter out) {
        out.indent(indent).start("fieldset").classes(classes(p + "-fieldset", fieldset.classes()));
        if (present(fieldset.role())) {
            out.attribute("role", fieldset.role());
        }
        if (present(fieldset.describedBy())) {
            out.attribute("aria-describedby", fieldset.describedBy());
        }
        attributes(fieldset.attributes(), out);
        out.end().line();
        Legend legend = fieldset.legend();
        if (legend != null && present(legend.text())) {
            out.indent(indent + 2).start("legend").classes(classes(p + "-fieldset__legend", legend.classes())).end();
            if (legend.isPageHeading()) {
                out.start("h1").classes(p + "-fieldset__heading").end().text(legend.text()).close("h1");
            } else {
                out.text(legend.text());
            }
            out.close("legend").line();
        }
    }

    void closeFieldset(int indent, HtmlWriter out) {
        out.indent(indent).close("fieldset").line();
    }

    private void openFormGroup(boolean error, FormGroup group, String extra, Map<String, Object> lead, int indent,
            HtmlWriter out) {
        out.indent(indent).start("div").classes(p + "-form-group", error ? p + "-form-group--error" : "", extra,
                group.classes() == null ? "" : group.classes());
        attributes(lead, out);
        attributes(group.attributes(), out);
        out.end().line();
    }

    /** Writes hint and error message for a control with {@code id}; returns the describedBy they make. */
    private @Nullable String hintAndError(String id, @Nullable String describedBy, @Nullable Hint hint,
            @Nullable ErrorMessage error, int indent, HtmlWriter out) {
        String described = describedBy;
        if (hint != null) {
            String hintId = id + "-hint";
            described = present(described) ? described + " " + hintId : hintId;
            hint(new Hint(hintId, hint.text(), hint.classes(), hint.attributes()), indent, out);
        }
        if (error != null) {
            String errorId = id + "-error";
            described = present(described) ? described + " " + errorId : errorId;
            errorMessage(new ErrorMessage(errorId, error.text(), error.classes(), error.attributes(),
                    error.visuallyHiddenText()), indent, out);
        }
        return described;
    }

    void input(Input in, int indent, HtmlWriter out) {
        String id = present(in.id()) ? in.id() : in.name() == null ? "" : in.name();
        openFormGroup(in.errorMessage() != null, in.formGroup(), "", Map.of(), indent, out);
        label(in.label(), id, indent + 2, out);
        String describedBy = hintAndError(id, in.describedBy(), in.hint(), in.errorMessage(), indent + 2, out);
        out.indent(indent + 2).start("input").classes(p + "-input", in.classes() == null ? "" : in.classes(),
                in.errorMessage() != null ? p + "-input--error" : "");
        out.attribute("id", id == null ? "" : id).attribute("name", in.name() == null ? "" : in.name())
                .attribute("type", present(in.type()) ? in.type() : "text");
        if (in.spellcheck() != null) {
            out.attribute("spellcheck", in.spellcheck().toString());
        }
        if (in.value() != null) {
            out.attribute("value", in.value());
        }
        out.flag("disabled", in.disabled());
        if (present(describedBy)) {
            out.attribute("aria-describedby", describedBy);
        }
        optional("autocomplete", in.autocomplete(), out);
        optional("autocapitalize", in.autocapitalize(), out);
        optional("pattern", in.pattern(), out);
        optional("inputmode", in.inputmode(), out);
        attributes(in.attributes(), out);
        out.end().line();
        out.indent(indent).close("div").line();
    }

    private static void optional(String name, @Nullable String value, HtmlWriter out) {
        if (present(value)) {
            out.attribute(name, value);
        }
    }

    void textarea(Textarea t, int indent, HtmlWriter out) {
        textarea(t, "", Map.of(), null, indent, out);
    }

    private void textarea(Textarea t, String groupClasses, Map<String, Object> groupLead, @Nullable Runnable after,
            int indent, HtmlWriter out) {
        String id = present(t.id()) ? t.id() : t.name();
        openFormGroup(t.errorMessage() != null, t.formGroup(), groupClasses, groupLead, indent, out);
        label(t.label(), id, indent + 2, out);
        String describedBy = hintAndError(id, t.describedBy(), t.hint(), t.errorMessage(), indent + 2, out);
        out.indent(indent + 2).start("textarea").classes(p + "-textarea",
                t.errorMessage() != null ? p + "-textarea--error" : "", t.classes() == null ? "" : t.classes());
        out.attribute("id", id).attribute("name", t.name())
                .attribute("rows", t.rows() == null || t.rows() == 0 ? 5 : t.rows());
        if (t.spellcheck() != null) {
            out.attribute("spellcheck", t.spellcheck().toString());
        }
        out.flag("disabled", t.disabled());
        if (present(describedBy)) {
            out.attribute("aria-describedby", describedBy);
        }
        optional("autocomplete", t.autocomplete(), out);
        attributes(t.attributes(), out);
        // The line break after the start tag is dropped by HTML parsers, so a value that starts
        // with a line break keeps it.
        out.end().line().text(t.value() == null ? "" : t.value()).close("textarea").line();
        if (after != null) {
            after.run();
        }
        out.indent(indent).close("div").line();
    }

    void characterCount(CharacterCount c, int indent, HtmlWriter out) {
        String id = present(c.id()) ? c.id() : c.name();
        Integer limit = c.maxwords() != null ? c.maxwords() : c.maxlength();
        String description = present(c.textareaDescriptionText()) ? c.textareaDescriptionText()
                : "You can enter up to %{count} " + (c.maxwords() != null ? "words" : "characters");
        Map<String, Object> lead = attributes();
        lead.put("data-module", p + "-character-count");
        if (c.maxlength() != null) {
            lead.put("data-maxlength", c.maxlength());
        }
        if (c.threshold() != null) {
            lead.put("data-threshold", c.threshold());
        }
        if (c.maxwords() != null) {
            lead.put("data-maxwords", c.maxwords());
        }
        if (limit == null && present(c.textareaDescriptionText())) {
            lead.put("data-i18n.textarea-description.other", c.textareaDescriptionText());
        }
        plural(lead, "characters-under-limit", c.texts().charactersUnderLimit());
        single(lead, "characters-at-limit", c.texts().charactersAtLimit());
        plural(lead, "characters-over-limit", c.texts().charactersOverLimit());
        plural(lead, "words-under-limit", c.texts().wordsUnderLimit());
        single(lead, "words-at-limit", c.texts().wordsAtLimit());
        plural(lead, "words-over-limit", c.texts().wordsOverLimit());
        Textarea t = new Textarea(id, c.name(), c.rows(), c.value(), false, id + "-info", c.label(), c.hint(),
                c.errorMessage(), classes(p + "-js-character-count", c.classes()), null, c.spellcheck(), c.attributes(),
                c.formGroup());
        String message = limit == null ? "" : description.replace("%{count}", String.valueOf(limit));
        textarea(t, p + "-character-count", lead, () -> hint(new Hint(id + "-info", message,
                classes(p + "-character-count__message", c.countMessageClasses()), Map.of()), indent + 2, out), indent, out);
    }

    private static void plural(Map<String, Object> lead, String key, Map<String, String> messages) {
        messages.forEach((rule, text) -> lead.put("data-i18n." + key + "." + rule, text));
    }

    private static void single(Map<String, Object> lead, String key, @Nullable String message) {
        if (present(message)) {
            lead.put("data-i18n." + key, message);
        }
    }

    void select(Select s, int indent, HtmlWriter out) {
        String id = present(s.id()) ? s.id() : s.name();
        openFormGroup(s.errorMessage() != null, s.formGroup(), "", Map.of(), indent, out);
        label(s.label(), id, indent + 2, out);
        String describedBy = hintAndError(id, s.describedBy(), s.hint(), s.errorMessage(), indent + 2, out);
        out.indent(indent + 2).start("select").classes(p + "-select", s.classes() == null ? "" : s.classes(),
                s.errorMessage() != null ? p + "-select--error" : "");
        out.attribute("id", id).attribute("name", s.name()).flag("disabled", s.disabled());
        if (present(describedBy)) {
            out.attribute("aria-describedby", describedBy);
        }
        attributes(s.attributes(), out);
        out.end().line();
        String group = null;
        for (SelectItem item : s.items()) {
            if (item == null) {
                continue;
            }
            if (item.group() != null && !item.group().equals(group)) {
                if (group != null) {
                    out.indent(indent + 4).close("optgroup").line();
                }
                group = item.group();
                out.indent(indent + 4).start("optgroup").attribute("label", group).end().line();
            } else if (item.group() == null && group != null) {
                out.indent(indent + 4).close("optgroup").line();
                group = null;
            }
            String effective = item.value() != null ? item.value() : item.text();
            boolean selected = item.selected() != null ? item.selected()
                    : present(s.value()) && effective.equals(s.value());
            out.indent(indent + (group == null ? 4 : 6)).start("option");
            if (item.value() != null) {
                out.attribute("value", item.value());
            }
            out.flag("selected", selected).flag("disabled", item.disabled());
            attributes(item.attributes(), out);
            out.end().text(item.text()).close("option").line();
        }
        if (group != null) {
            out.indent(indent + 4).close("optgroup").line();
        }
        out.indent(indent + 2).close("select").line();
        out.indent(indent).close("div").line();
    }

    /** Writes radios ({@code checkboxes} false) or checkboxes, as upstream's two macros do. */
    void choices(Choices c, boolean checkboxes, int indent, HtmlWriter out) {
        String kind = checkboxes ? "checkboxes" : "radios";
        String idPrefix = present(c.idPrefix()) ? c.idPrefix() : c.name();
        String describedBy = c.fieldset() != null && present(c.fieldset().describedBy()) ? c.fieldset().describedBy()
                : checkboxes && present(c.describedBy()) ? c.describedBy() : "";
        openFormGroup(c.errorMessage() != null, c.formGroup(), "", Map.of(), indent, out);
        int inner = indent + 2;
        // The hint and error come inside the fieldset, so its describedBy is known only after them:
        // write them to a buffer first.
        StringBuilder buffer = new StringBuilder();
        HtmlWriter body = out.sibling(buffer);
        int bodyIndent = c.fieldset() != null ? inner + 2 : inner;
        String described = hintAndError(idPrefix, describedBy, c.hint(), c.errorMessage(), bodyIndent, body);
        body.indent(bodyIndent).start("div").classes(p + "-" + kind, c.classes() == null ? "" : c.classes());
        attributes(c.attributes(), body);
        body.attribute("data-module", p + "-" + kind).end().line();
        int index = 0;
        for (ChoiceItem item : c.items()) {
            index++;
            if (item == null) {
                // A falsy item of the macro's options: skipped, but counted, as upstream's loop counts it.
                continue;
            }
            String itemId = present(item.id()) ? item.id() : idPrefix + (index > 1 ? "-" + index : "");
            if (item.divider() != null) {
                body.indent(bodyIndent + 2).start("div").classes(p + "-" + kind + "__divider").end().text(item.divider())
                        .close("div").line();
                continue;
            }
            boolean checked = item.checked() != null ? item.checked() : c.values().contains(item.value());
            boolean hasHint = present(item.hint());
            String itemHint = itemId + "-item-hint";
            body.indent(bodyIndent + 2).start("div").classes(p + "-" + kind + "__item").end().line();
            body.indent(bodyIndent + 4).start("input").classes(p + "-" + kind + "__input").attribute("id", itemId)
                    .attribute("name", checkboxes && present(item.name()) ? item.name() : c.name())
                    .attribute("type", checkboxes ? "checkbox" : "radio").attribute("value", item.value() == null ? ""
                            : item.value())
                    .flag("checked", checked).flag("disabled", item.disabled());
            if (checkboxes && present(item.behaviour())) {
                body.attribute("data-behaviour", item.behaviour());
            }
            String itemDescribed = checkboxes ? ((c.fieldset() == null ? described : "") + " " + (hasHint ? itemHint : ""))
                    .strip() : hasHint ? itemHint : "";
            if (present(itemDescribed)) {
                body.attribute("aria-describedby", itemDescribed);
            }
            attributes(item.attributes(), body);
            body.end().line();
            label(new Label(item.text(), classes(p + "-" + kind + "__label", item.labelClasses()), false,
                    item.labelAttributes()), itemId, bodyIndent + 4, body);
            if (hasHint) {
                hint(new Hint(itemHint, item.hint(), p + "-" + kind + "__hint", Map.of()), bodyIndent + 4, body);
            }
            body.indent(bodyIndent + 2).close("div").line();
        }
        body.indent(bodyIndent).close("div").line();
        if (c.fieldset() != null) {
            Fieldset f = c.fieldset();
            openFieldset(new Fieldset(described, f.legend(), f.classes(), f.role(), f.attributes()), inner, out);
            out.raw(buffer);
            closeFieldset(inner, out);
        } else {
            out.raw(buffer);
        }
        out.indent(indent).close("div").line();
    }

    void button(Button b, int indent, HtmlWriter out) {
        out.indent(indent).start("button");
        if (present(b.value())) {
            out.attribute("value", b.value());
        }
        out.attribute("type", present(b.type()) ? b.type() : "submit");
        if (present(b.name())) {
            out.attribute("name", b.name());
        }
        if (b.disabled()) {
            out.flag("disabled").attribute("aria-disabled", "true");
        }
        if (b.preventDoubleClick() != null) {
            out.attribute("data-prevent-double-click", b.preventDoubleClick().toString());
        }
        out.classes(classes(p + "-button", b.classes())).attribute("data-module", p + "-button");
        attributes(b.attributes(), out);
        if (present(b.id())) {
            out.attribute("id", b.id());
        }
        out.end().text(b.text() == null ? "" : b.text()).close("button").line();
    }

    void errorSummary(ErrorSummary s, int indent, HtmlWriter out) {
        out.indent(indent).start("div").classes(classes(p + "-error-summary", s.classes()));
        if (s.disableAutoFocus() != null) {
            out.attribute("data-disable-auto-focus", s.disableAutoFocus().toString());
        }
        attributes(s.attributes(), out);
        out.attribute("data-module", p + "-error-summary").end().line();
        out.indent(indent + 2).start("div").attribute("role", "alert").end().line();
        out.indent(indent + 4).start("h2").classes(p + "-error-summary__title").end()
                .text(s.titleText() == null ? "" : s.titleText()).close("h2").line();
        out.indent(indent + 4).start("div").classes(p + "-error-summary__body").end().line();
        if (present(s.descriptionText())) {
            out.indent(indent + 6).start("p").end().text(s.descriptionText()).close("p").line();
        }
        if (!s.errorList().isEmpty()) {
            out.indent(indent + 6).start("ul").classes(p + "-list " + p + "-error-summary__list").end().line();
            for (ErrorLink e : s.errorList()) {
                out.indent(indent + 8).start("li").end();
                if (present(e.href())) {
                    out.start("a").attribute("href", e.href());
                    attributes(e.attributes(), out);
                    out.end().text(e.text() == null ? "" : e.text()).close("a");
                } else {
                    out.text(e.text() == null ? "" : e.text());
                }
                out.close("li").line();
            }
            out.indent(indent + 6).close("ul").line();
        }
        out.indent(indent + 4).close("div").line();
        out.indent(indent + 2).close("div").line();
        out.indent(indent).close("div").line();
    }

    /** A list of the non-null {@code items}. */
    static <T> List<T> list(List<T> items) {
        List<T> copy = new ArrayList<>();
        for (T item : items) {
            if (item != null) {
                copy.add(item);
            }
        }
        return copy;
    }
}
