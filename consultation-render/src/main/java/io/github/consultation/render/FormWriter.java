package io.github.consultation.render;

import io.github.consultation.render.internal.FormIds;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one walk over a form's questions: for each question the variant asks, what its field shows
 * in this state (label, hint, error, control and value), handed to the {@link Theme} to write.
 * The texts and option lists are looked up once, at construction. Immutable and safe to share
 * between threads.
 */
final class FormWriter {
    private final Theme theme;
    private final FormDefinition definition;
    private final FormTexts texts;
    private final FormIds ids;
    private final String action;
    /** The names the enhancement script sends as JSON, space separated: every question's, then the honeypot. */
    private final String jsonFields;
    private final String method;
    private final String jsonEndpoint;
    /** Where a page served elsewhere fetches its signed form token; empty for none. */
    private final String tokenEndpoint;
    private final Map<String, String> fixedHiddenFields;
    /** Whether the error summary is written in the form block, or left to the host to place. */
    private final boolean summaryInForm;
    private final boolean autoFocus;
    private final Map<String, QuestionView> views = new LinkedHashMap<>();
    private final boolean grouped;
    // What a failed form repeats unchanged is written once, here, and copied on every refused post;
    // the blank form, the same for every page, is cut from a whole written form by FormRenderer.
    /** Each choice field without an error, by variant, question and the code chosen ("" for none). */
    private final Map<FormVariant, Map<String, Map<String, String>>> writtenChoices = new EnumMap<>(FormVariant.class);
    /** By variant, the form's start tag with the host's fixed hidden fields. */
    private final Map<FormVariant, String> writtenStarts = new EnumMap<>(FormVariant.class);
    /** By variant, what follows the fields: the button, the live regions (thanks hidden, then shown), the ends. */
    private final Map<FormVariant, String[]> writtenEnds = new EnumMap<>(FormVariant.class);

    /** What a question shows in this writer's theme and language, looked up once. */
    private record QuestionView(Question question, String id, String label, Optional<String> hint,
            Optional<String> placeholder, String choose, List<Theme.Choice> noneSelected,
            Map<String, List<Theme.Choice>> bySelected, List<Theme.Choice> scale) {
    }

    FormWriter(Theme theme, FormDefinition definition, FormTexts texts, FormIds ids, String action, String method,
            String jsonEndpoint, String tokenEndpoint, Map<String, String> fixedHiddenFields, boolean summaryInForm,
            boolean autoFocus) {
        this.theme = theme;
        this.definition = definition;
        this.texts = texts;
        this.ids = ids;
        // After a refused post the page opens at the error summary, wherever it stands. The browser
        // scrolls to it, and, where it can take focus (the themes but GOV.UK's give it tabindex),
        // focuses it, scripts or none: a fragment whose target cannot take focus would instead move
        // focus to the page itself, undoing the script's.
        int hash = action.indexOf('#');
        this.action = (hash < 0 ? action : action.substring(0, hash)) + "#" + ids.errorSummary();
        this.method = method;
        List<String> names = new ArrayList<>();
        definition.questions().forEach(q -> names.add(q.name()));
        names.add(FormDefinition.HONEYPOT);
        this.jsonFields = String.join(" ", names);
        this.jsonEndpoint = jsonEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.fixedHiddenFields = fixedHiddenFields;
        this.summaryInForm = summaryInForm;
        this.autoFocus = autoFocus;
        for (Question q : definition.questions()) {
            if (!(q instanceof TextQuestion && ((TextQuestion) q).filledByPage())) {
                views.put(q.name(), view(q));
            }
        }
        this.grouped = definition.questions().stream()
                .anyMatch(q -> q instanceof RatingQuestion || q instanceof ChecklistQuestion);
        for (FormVariant variant : FormVariant.values()) {
            Map<String, Map<String, String>> byQuestion = new HashMap<>();
            for (Question q : definition.questions(variant)) {
                QuestionView view = views.get(q.name());
                if (view != null && q instanceof ChoiceQuestion) {
                    Map<String, String> byCode = new HashMap<>();
                    byCode.put("", written(selectField(view, variant, view.noneSelected(), Optional.empty())));
                    view.bySelected().forEach((code, choices) ->
                            byCode.put(code, written(selectField(view, variant, choices, Optional.empty()))));
                    byQuestion.put(q.name(), Map.copyOf(byCode));
                }
            }
            writtenChoices.put(variant, Map.copyOf(byQuestion));
            StringBuilder start = new StringBuilder(512);
            HtmlWriter html = new HtmlWriter(start, theme.trusted());
            openForm(variant, html);
            for (Map.Entry<String, String> e : fixedHiddenFields.entrySet()) {
                hidden(e.getKey(), e.getValue(), null, html);
            }
            writtenStarts.put(variant, start.toString());
            writtenEnds.put(variant, new String[] {end(variant, false), end(variant, true)});
        }
    }

    private String written(Theme.Field field) {
        StringBuilder html = new StringBuilder(2048);
        theme.field(field, new HtmlWriter(html, theme.trusted()));
        return html.toString();
    }

    private Theme.Block block(FormVariant variant) {
        return new Theme.Block(ids.wrapper(), ids.heading(),
                texts.get(variant == FormVariant.MINIMAL ? "heading.minimal" : "heading"), variant == FormVariant.MINIMAL,
                !variant.takesAnswers(), ids.success(), texts, grouped);
    }

    private String end(FormVariant variant, boolean thanksShown) {
        StringBuilder end = new StringBuilder(1024);
        HtmlWriter out = new HtmlWriter(end, theme.trusted());
        theme.actions(texts.get("submit"), !variant.takesAnswers(), out);
        theme.liveRegions(new Theme.LiveRegions(ids.success(), texts.get("success"), thanksShown, ids.failure(),
                texts.get("failure")), out);
        out.indent(2).close("form").line();
        theme.closeBlock(block(variant), out);
        return end.toString();
    }

    private QuestionView view(Question q) {
        String name = q.name();
        boolean origin = theme.originTexts();
        String label = origin ? texts.find("origin.label." + name).orElseGet(() -> texts.get("label." + name))
                : texts.get("label." + name);
        Optional<String> hint = origin ? Optional.empty() : texts.find("hint." + name);
        // In the origin theme, the existing site's words while the question keeps this library's
        // label (the model drops them once the form gives its own label or placeholder).
        Optional<String> placeholder = (origin ? texts.find("origin.placeholder." + name) : Optional.<String>empty())
                .or(() -> texts.find("placeholder." + name));
        String choose = texts.find("choose." + name).orElse("");
        List<Theme.Choice> none = choices(q, "");
        Map<String, List<Theme.Choice>> bySelected = new HashMap<>();
        if (q instanceof ChoiceQuestion) {
            for (Option o : ((ChoiceQuestion) q).options()) {
                bySelected.put(o.code(), choices(q, o.code()));
            }
        }
        List<Theme.Choice> scale = new ArrayList<>();
        if (q instanceof RatingQuestion) {
            RatingQuestion r = (RatingQuestion) q;
            for (int v = r.lowest(); v <= r.highest(); v++) {
                String value = String.valueOf(v);
                scale.add(new Theme.Choice(value, texts.find("scale." + name + "." + v).orElse(value), false,
                        Optional.empty(), ""));
            }
            scale.add(new Theme.Choice("", texts.get("rating.none"), false, Optional.empty(), ""));
        }
        return new QuestionView(q, ids.control(q), label, hint, placeholder, choose, none, Map.copyOf(bySelected),
                List.copyOf(scale));
    }

    /** The options of a choice with the one whose code is {@code selected} selected ("" for none). */
    private List<Theme.Choice> choices(Question q, String selected) {
        List<Theme.Choice> choices = new ArrayList<>();
        if (q instanceof ChoiceQuestion) {
            for (Option o : ((ChoiceQuestion) q).options()) {
                choices.add(new Theme.Choice(o.text(), texts.option(q, o), o.code().equals(selected),
                        o.group().map(texts::group), ""));
            }
        } else if (q instanceof ChecklistQuestion) {
            List<String> controls = ids.controls(q);
            List<Option> options = ((ChecklistQuestion) q).options();
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                String value = o.group().map(g -> g.text() + ": " + o.text()).orElse(o.text());
                choices.add(new Theme.Choice(value, texts.option(q, o), false, o.group().map(texts::group), controls.get(i)));
            }
        }
        return List.copyOf(choices);
    }

    /** Writes the whole form block for {@code variant} in {@code state}. */
    void write(FormVariant variant, FormState state, HtmlWriter out) {
        Theme.Block block = block(variant);
        theme.openBlock(block, out);
        if (summaryInForm) {
            writeErrorSummary(variant, state, out);
        }
        boolean succeeded = state.outcome() == FormState.Outcome.SUCCEEDED;
        if (succeeded && !theme.thanksInLiveRegion()) {
            theme.successBanner(block, texts.get("success"), out);
        }
        if (!variant.takesAnswers()) {
            theme.demoNotice(texts.get("demo"), out);
        }
        out.raw(writtenStarts.get(variant));
        state.writeHiddenFields(out);
        hidden(FormDefinition.PAGE, state.page(), ids.page(), out);
        // Which form this is, as the existing site's JSON names it: one endpoint may take several.
        // The existing site's page form has no such field, and a post without one is that form's.
        if (!definition.tab().equals(FormDefinition.pageFeedback().tab())) {
            hidden(TAB, definition.tab(), null, out);
        }
        theme.honeypot(FormDefinition.HONEYPOT, ids.honeypot(), out);
        for (Question q : definition.questions(variant)) {
            QuestionView view = views.get(q.name());
            if (view != null && q instanceof ChoiceQuestion) {
                writeChoice(view, variant, state, out);
            } else if (view != null) {
                theme.field(field(view, variant, state), out);
            }
        }
        out.raw(writtenEnds.get(variant)[succeeded && theme.thanksInLiveRegion() ? 1 : 0]);
    }

    private void openForm(FormVariant variant, HtmlWriter out) {
        out.indent(2).start("form").attribute("id", ids.form());
        out.urlAttribute("action", action);
        out.attribute("method", method);
        if (!jsonEndpoint.isEmpty()) {
            // What the enhancement script needs to send the form as the origin's JSON, all of it
            // derived from the definition: the tab, the names in the JSON, the live regions.
            out.urlAttribute("data-json-endpoint", jsonEndpoint);
            out.attribute("data-tab", definition.tab());
            out.attribute("data-fields", jsonFields);
            out.attribute("data-success", ids.success());
            out.attribute("data-failure", ids.failure());
        }
        if (!tokenEndpoint.isEmpty()) {
            out.urlAttribute("data-token-endpoint", tokenEndpoint);
        }
        out.attribute("data-error-summary", ids.errorSummary());
        out.flag("novalidate", !theme.browserChecks());
        if (!variant.takesAnswers()) {
            out.attribute("data-disabled", "true");
        }
        out.end().line();
    }

    /** The hidden field that names the form, as {@code "tab"} does in the existing site's JSON. */
    static final String TAB = "tab";

    /** Writes a hidden input; {@code id} may be null for none. */
    static void hidden(String name, String value, @Nullable String id, HtmlWriter out) {
        out.indent(4).start("input").attribute("type", "hidden").attribute("name", name);
        if (id != null) {
            out.attribute("id", id);
        }
        out.attribute("value", value).end().line();
    }

    /** Writes the error summary of a failed submit, with a link to each field in error; nothing otherwise. */
    void writeErrorSummary(FormVariant variant, FormState state, HtmlWriter out) {
        if (state.outcome() != FormState.Outcome.FAILED) {
            return;
        }
        List<Theme.ErrorLink> links = new ArrayList<>(state.errors().size());
        for (FieldError error : state.errors()) {
            links.add(new Theme.ErrorLink(ids.target(error, variant), error.message()));
        }
        theme.errorSummary(new Theme.ErrorSummary(ids.errorSummary(), texts.get("error.summary"), links, autoFocus), out);
    }

    /**
     * Writes a choice field: without an error, as written once at construction for the option
     * chosen; with one, through the theme.
     */
    private void writeChoice(QuestionView view, FormVariant variant, FormState state, HtmlWriter out) {
        Question q = view.question();
        String value = state.submission().value(q.name());
        String code = value.isEmpty() ? "" : definition.option(q.name(), value).map(Option::code).orElse("");
        Optional<String> error = state.outcome() == FormState.Outcome.FAILED ? errorFor(state, q.name()) : Optional.empty();
        if (error.isEmpty()) {
            out.raw(writtenChoices.get(variant).get(q.name()).get(code));
        } else {
            List<Theme.Choice> choices = code.isEmpty() ? view.noneSelected() : view.bySelected().get(code);
            theme.field(selectField(view, variant, choices, error), out);
        }
    }

    private Theme.Field selectField(QuestionView view, FormVariant variant, List<Theme.Choice> choices,
            Optional<String> error) {
        Question q = view.question();
        return new Theme.Field(q.name(), view.id(), view.label(), q.required() && definition.asks(variant, q),
                view.hint(), error, new Theme.Select(view.choose(), choices), !variant.takesAnswers(), texts);
    }

    /** The field of any question but a choice (see {@link #writeChoice}), in {@code state}. */
    private Theme.Field field(QuestionView view, FormVariant variant, FormState state) {
        Question q = view.question();
        boolean failed = state.outcome() == FormState.Outcome.FAILED;
        Optional<String> error = failed ? errorFor(state, q.name()) : Optional.empty();
        String value = state.submission().value(q.name());
        Theme.Control control;
        if (q instanceof TextQuestion) {
            TextQuestion t = (TextQuestion) q;
            OptionalInt max = OptionalInt.of(t.maxLength());
            if (t.multiline()) {
                control = new Theme.TextArea(value, max, t.rows(), view.placeholder());
            } else {
                control = new Theme.TextInput(t.email(), value,
                        t.minLength() > 0 ? OptionalInt.of(t.minLength()) : OptionalInt.empty(), max,
                        t.answerPattern(), t.autocomplete(),
                        view.placeholder());
            }
        } else if (q instanceof ChecklistQuestion) {
            Set<String> ticked = new HashSet<>();
            for (String v : state.submission().values(q.name())) {
                definition.option(q.name(), v).ifPresent(o -> ticked.add(o.code()));
            }
            List<Theme.Choice> choices = view.noneSelected();
            if (!ticked.isEmpty()) {
                List<Option> options = ((ChecklistQuestion) q).options();
                List<Theme.Choice> marked = new ArrayList<>(choices.size());
                for (int i = 0; i < choices.size(); i++) {
                    Theme.Choice c = choices.get(i);
                    marked.add(new Theme.Choice(c.value(), c.text(), ticked.contains(options.get(i).code()), c.group(), c.id()));
                }
                choices = marked;
            }
            control = new Theme.Checkboxes(choices);
        } else {
            RatingQuestion r = (RatingQuestion) q;
            List<Theme.RatingItem> items = new ArrayList<>(r.items().size());
            for (Option item : r.items()) {
                String name = r.controlName(item);
                items.add(new Theme.RatingItem(name, ids.item(r, item), texts.option(q, item),
                        state.submission().value(name), failed ? errorFor(state, name) : Optional.empty()));
            }
            control = new Theme.Ratings(items, view.scale());
        }
        return new Theme.Field(q.name(), view.id(), view.label(), q.required() && definition.asks(variant, q),
                view.hint(), error, control, !variant.takesAnswers(), texts);
    }

    private static Optional<String> errorFor(FormState state, String name) {
        for (FieldError e : state.errors()) {
            if (e.field().equals(name)) {
                return Optional.of(e.message());
            }
        }
        return Optional.empty();
    }
}
