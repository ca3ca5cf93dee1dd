package io.github.consultation.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GOV.UK Frontend's markup for the pinned release, {@value #FRONTEND_VERSION} (Maven:
 * {@code org.webjars.npm:govuk-frontend}): each field is the component the Design System's own
 * macro writes for the same options (input, textarea, character count, select, radios,
 * checkboxes, fieldset, error message, hint, label, button, error summary), and the GOV.UK error
 * pattern: {@code novalidate}, an error summary whose links go to each field, inline messages
 * with a visually hidden, translated "Error:", {@code aria-describedby} in upstream's order,
 * "(optional)" on every label the rules do not require. {@code GovukFixturesTest} proves the
 * markup against upstream's fixtures; upgrading is one version change and that test.
 *
 * <p>What this library adds to upstream's components, each on purpose: an {@code id} on the error
 * summary, so that a page can link to it; option groups ({@code optgroup}) in the role list,
 * which upstream's select does not offer; the form's own rule attributes ({@code required},
 * {@code minlength}, {@code maxlength}, {@code pattern}) passed as the components'
 * {@code attributes}. Long answers get the character count instead of a {@code maxlength}, as
 * upstream recommends; the one-line summary keeps {@code maxlength}, since upstream's character
 * count is for text areas only.
 *
 * <p>A design system in GOV.UK's family (the NHS.UK frontend, say) extends this class with its
 * own class prefix and overrides the parts whose structure differs, such as
 * {@link #errorSummary}.
 *
 * <pre>{@code
 * class NhsTheme extends GovukTheme {
 *     NhsTheme() { super("nhs", "nhsuk"); }
 *     @Override protected void errorSummary(ErrorSummary s, HtmlWriter out) { ... }
 * }
 * }</pre>
 */
public class GovukTheme extends Theme {
    /** The GOV.UK Frontend release whose markup this theme writes. */
    public static final String FRONTEND_VERSION = "5.14.0";

    private final String name;
    private final GovukComponents components;

    GovukTheme() {
        this("govuk", "govuk");
    }

    /**
     * A theme called {@code name} that writes GOV.UK Frontend's components with the class
     * prefix {@code prefix} ({@code govuk} for GOV.UK Frontend itself).
     */
    protected GovukTheme(String name, String prefix) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.components = new GovukComponents(java.util.Objects.requireNonNull(prefix, "prefix"));
    }

    @Override
    public String name() {
        return name;
    }

    /** The class prefix, such as {@code govuk}. */
    protected final String prefix() {
        return components.prefix();
    }

    @Override
    boolean trusted() {
        return getClass() == GovukTheme.class;
    }

    @Override
    protected boolean browserChecks() {
        return false;
    }

    @Override
    protected boolean thanksInLiveRegion() {
        return false;
    }

    @Override
    protected void openBlock(Block block, HtmlWriter out) {
        out.start("div").classes(prefix() + "-!-margin-top-8", block.demo() ? "is-demo" : "")
                .attribute("id", block.wrapperId()).end().line();
        out.indent(2).start("h2").attribute("id", block.headingId()).classes(prefix() + "-heading-m").end()
                .text(block.heading()).close("h2").line();
    }

    @Override
    protected void closeBlock(Block block, HtmlWriter out) {
        out.close("div").line();
    }

    /** Upstream's error summary, with an id; auto-focus left to upstream's script, or disabled. */
    @Override
    protected void errorSummary(ErrorSummary summary, HtmlWriter out) {
        List<GovukComponents.ErrorLink> links = new ArrayList<>();
        for (ErrorLink link : summary.errors()) {
            links.add(new GovukComponents.ErrorLink(link.text(), "#" + link.target(), Map.of()));
        }
        Map<String, Object> attributes = GovukComponents.attributes();
        attributes.put("id", summary.id());
        components.errorSummary(new GovukComponents.ErrorSummary(summary.title(), null, links, null, attributes,
                summary.autoFocus() ? null : Boolean.TRUE), 2, out);
    }

    /** Upstream's notification banner, in its success style. */
    @Override
    protected void successBanner(Block block, String text, HtmlWriter out) {
        String p = prefix();
        String titleId = block.successId() + "-title";
        out.indent(2).start("div").classes(p + "-notification-banner " + p + "-notification-banner--success")
                .attribute("role", "alert").attribute("aria-labelledby", titleId)
                .attribute("data-module", p + "-notification-banner").end().line();
        out.indent(4).start("div").classes(p + "-notification-banner__header").end().line();
        out.indent(6).start("h3").classes(p + "-notification-banner__title").attribute("id", titleId).end()
                .text(block.texts().get("heading")).close("h3").line();
        out.indent(4).close("div").line();
        out.indent(4).start("div").classes(p + "-notification-banner__content").end().line();
        out.indent(6).start("p").classes(p + "-notification-banner__heading").end().text(text).close("p").line();
        out.indent(4).close("div").line();
        out.indent(2).close("div").line();
    }

    @Override
    protected void demoNotice(String text, HtmlWriter out) {
        out.indent(2).start("p").classes(prefix() + "-inset-text").end().text(text).close("p").line();
    }

    @Override
    protected void field(Field f, HtmlWriter out) {
        GovukComponents.Label label = GovukComponents.Label.of(f.required() ? f.label() : f.label() + " " + f.optional());
        GovukComponents.Hint hint = f.hint().map(GovukComponents.Hint::of).orElse(null);
        GovukComponents.ErrorMessage error = f.error().map(e -> GovukComponents.ErrorMessage.of(e, f.errorPrefix()))
                .orElse(null);
        Map<String, Object> rules = GovukComponents.attributes();
        if (f.required()) {
            rules.put("required", GovukComponents.FLAG);
        }
        Control c = f.control();
        if (c instanceof TextInput) {
            TextInput t = (TextInput) c;
            t.minLength().ifPresent(n -> rules.put("minlength", n));
            t.maxLength().ifPresent(n -> rules.put("maxlength", n));
            components.input(new GovukComponents.Input(f.id(), f.name(), t.email() ? "email" : "text", null,
                    t.value().isEmpty() ? null : t.value(), f.disabled(), null, label, hint, error, null,
                    t.autocomplete().isEmpty() ? null : t.autocomplete(), t.pattern().orElse(null),
                    t.email() ? Boolean.FALSE : null, null, rules, GovukComponents.FormGroup.NONE), 4, out);
        } else if (c instanceof TextArea) {
            textArea(f, (TextArea) c, label, hint, error, rules, out);
        } else if (c instanceof Select) {
            Select s = (Select) c;
            List<GovukComponents.SelectItem> items = new ArrayList<>();
            items.add(new GovukComponents.SelectItem("", s.choose(), null, false, Map.of(), null));
            for (Choice choice : s.choices()) {
                items.add(new GovukComponents.SelectItem(choice.value(), choice.text(), choice.selected(), false, Map.of(),
                        choice.group().orElse(null)));
            }
            components.select(new GovukComponents.Select(f.id(), f.name(), items, null, f.disabled(), null, label, hint,
                    error, null, rules, GovukComponents.FormGroup.NONE), 4, out);
        } else if (c instanceof Checkboxes) {
            checkboxes(f, (Checkboxes) c, hint, error, out);
        } else {
            ratings(f, (Ratings) c, hint, error, out);
        }
    }

    /** A text area with a limit gets upstream's character count, in the form's language. */
    private void textArea(Field f, TextArea t, GovukComponents.Label label, GovukComponents.Hint hint,
            GovukComponents.ErrorMessage error, Map<String, Object> rules, HtmlWriter out) {
        if (t.maxLength().isEmpty() || f.disabled()) {
            t.maxLength().ifPresent(n -> rules.put("maxlength", n));
            components.textarea(new GovukComponents.Textarea(f.id(), f.name(), null, t.value(), f.disabled(), null,
                    label, hint, error, null, null, null, rules, GovukComponents.FormGroup.NONE), 4, out);
            return;
        }
        boolean english = f.texts().locale().getLanguage().equals("en");
        GovukComponents.CountTexts texts = english ? GovukComponents.CountTexts.NONE : new GovukComponents.CountTexts(
                forms(f, "count.characters-under-limit"), f.texts().find("count.characters-at-limit").orElse(null),
                forms(f, "count.characters-over-limit"), Map.of(), null, Map.of());
        components.characterCount(new GovukComponents.CharacterCount(f.id(), f.name(), null, t.value(),
                t.maxLength().getAsInt(), null, null, label, hint, error, null, rules, null,
                GovukComponents.FormGroup.NONE, null, english ? null : f.texts().find("count.description").orElse(null),
                texts), 4, out);
    }

    /** The plural forms of a text, by rule name, in the CLDR order. */
    private static Map<String, String> forms(Field f, String key) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String rule : List.of("zero", "one", "two", "few", "many", "other")) {
            f.texts().find(key + "." + rule).ifPresent(text -> forms.put(rule, text));
        }
        return forms;
    }

    /** Boxes under headings: one fieldset for the question, upstream's checkboxes under each heading. */
    private void checkboxes(Field f, Checkboxes boxes, GovukComponents.Hint hint, GovukComponents.ErrorMessage error,
            HtmlWriter out) {
        String p = prefix();
        out.indent(4).start("div").classes(p + "-form-group", error == null ? "" : p + "-form-group--error").end().line();
        GovukComponents.Fieldset outer = new GovukComponents.Fieldset(f.describedBy().orElse(null),
                new GovukComponents.Legend(f.required() ? f.label() : f.label() + " " + f.optional(), p + "-fieldset__legend--m",
                        false), null, null, Map.of());
        components.openFieldset(outer, 6, out);
        if (hint != null) {
            components.hint(new GovukComponents.Hint(f.hintId(), hint.text(), null, Map.of()), 8, out);
        }
        if (error != null) {
            components.errorMessage(new GovukComponents.ErrorMessage(f.errorId(), error.text(), null, Map.of(),
                    error.visuallyHiddenText()), 8, out);
        }
        for (List<Choice> choices : Controls.runs(boxes.choices())) {
            String heading = choices.get(0).group().orElse("");
            List<GovukComponents.ChoiceItem> items = new ArrayList<>();
            for (Choice c : choices) {
                items.add(new GovukComponents.ChoiceItem(c.value(), c.text(), c.id(), c.selected(), f.disabled(), null,
                        Map.of(), null, Map.of(), null, null, null));
            }
            GovukComponents.Fieldset group = heading.isEmpty() ? null : new GovukComponents.Fieldset(null,
                    new GovukComponents.Legend(heading, p + "-fieldset__legend--s", false), null, null, Map.of());
            components.choices(new GovukComponents.Choices(choices.get(0).id(), f.name(), items, List.of(), null, group,
                    null, null, p + "-checkboxes--small", Map.of(), GovukComponents.FormGroup.NONE), true, 8, out);
        }
        components.closeFieldset(6, out);
        out.indent(4).close("div").line();
    }

    /** A matrix: one fieldset for the question, and for each item upstream's small inline radios in a fieldset. */
    private void ratings(Field f, Ratings ratings, GovukComponents.Hint hint, GovukComponents.ErrorMessage error,
            HtmlWriter out) {
        String p = prefix();
        out.indent(4).start("div").classes(p + "-form-group", error == null ? "" : p + "-form-group--error").end().line();
        components.openFieldset(new GovukComponents.Fieldset(f.describedBy().orElse(null),
                new GovukComponents.Legend(f.required() ? f.label() : f.label() + " " + f.optional(), p + "-fieldset__legend--m",
                        false), null, null, Map.of()), 6, out);
        if (hint != null) {
            components.hint(new GovukComponents.Hint(f.hintId(), hint.text(), null, Map.of()), 8, out);
        }
        if (error != null) {
            components.errorMessage(new GovukComponents.ErrorMessage(f.errorId(), error.text(), null, Map.of(),
                    error.visuallyHiddenText()), 8, out);
        }
        for (RatingItem item : ratings.items()) {
            List<GovukComponents.ChoiceItem> points = new ArrayList<>();
            for (Choice point : ratings.scale()) {
                points.add(new GovukComponents.ChoiceItem(point.value(), point.text(), null, null, f.disabled(), null,
                        Map.of(), null, Map.of(), null, null, null));
            }
            Optional<GovukComponents.ErrorMessage> itemError = item.error()
                    .map(e -> GovukComponents.ErrorMessage.of(e, f.errorPrefix()));
            components.choices(new GovukComponents.Choices(item.id(), item.name(), points,
                    item.selected().isEmpty() ? List.of() : List.of(item.selected()), null,
                    new GovukComponents.Fieldset(null, new GovukComponents.Legend(item.text(), p + "-fieldset__legend--s",
                            false), null, null, Map.of()),
                    null, itemError.orElse(null), p + "-radios--inline " + p + "-radios--small", Map.of(),
                    GovukComponents.FormGroup.NONE), false, 8, out);
        }
        components.closeFieldset(6, out);
        out.indent(4).close("div").line();
    }

    @Override
    protected void actions(String text, boolean disabled, HtmlWriter out) {
        out.line().indent(4).start("div").classes(prefix() + "-button-group").end().line();
        components.button(new GovukComponents.Button(text, null, null, null, disabled, null, Map.of(), null, null), 6, out);
        out.indent(4).close("div").line().line();
    }

    /**
     * The thanks and failure regions. The failure message is a {@code govuk-error-message}
     * paragraph inside a plain region: that class sets {@code display: block}, which would win
     * over the region's {@code hidden} attribute and show the message on every page load.
     */
    @Override
    protected void liveRegions(LiveRegions r, HtmlWriter out) {
        out.indent(4).start("div").classes(prefix() + "-body feedback-success").attribute("id", r.successId())
                .attribute("role", "status").attribute("tabindex", "-1").flag("hidden", !r.showSuccess()).end()
                .text(r.success()).close("div").line();
        out.indent(4).start("div").classes("feedback-error").attribute("id", r.failureId()).attribute("role", "alert")
                .attribute("tabindex", "-1").flag("hidden").end().start("p").classes(prefix() + "-error-message").end()
                .text(r.failure()).close("p").close("div").line();
    }
}
