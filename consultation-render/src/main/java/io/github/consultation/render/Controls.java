package io.github.consultation.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The controls of the origin and plain themes, which write them alike but for indentation, rows
 * and option groups: one place for the order of their attributes.
 */
final class Controls {
    private Controls() {
    }

    /** The attributes every control of a field starts with: id, name, required, described-by, invalid, disabled. */
    private static HtmlWriter common(Theme.Field f, HtmlWriter out) {
        out.attribute("id", f.id()).attribute("name", f.name()).flag("required", f.required());
        f.describedBy().ifPresent(d -> out.attribute("aria-describedby", d));
        if (f.error().isPresent()) {
            out.attribute("aria-invalid", "true");
        }
        return out.flag("disabled", f.disabled());
    }

    static void input(Theme.Field f, Theme.TextInput t, int indent, HtmlWriter out) {
        out.indent(indent).start("input").attribute("type", t.email() ? "email" : "text");
        common(f, out);
        t.minLength().ifPresent(n -> out.attribute("minlength", n));
        t.maxLength().ifPresent(n -> out.attribute("maxlength", n));
        t.pattern().ifPresent(p -> out.attribute("pattern", p));
        if (!t.autocomplete().isEmpty()) {
            out.attribute("autocomplete", t.autocomplete());
        }
        if (t.email()) {
            out.attribute("spellcheck", "false");
        }
        t.placeholder().ifPresent(p -> out.attribute("placeholder", p));
        if (!t.value().isEmpty()) {
            out.attribute("value", t.value());
        }
        out.end().line();
    }

    static void textarea(Theme.Field f, Theme.TextArea t, int indent, int rows, HtmlWriter out) {
        out.indent(indent).start("textarea");
        common(f, out);
        t.maxLength().ifPresent(n -> out.attribute("maxlength", n));
        out.attribute("rows", rows);
        t.placeholder().ifPresent(p -> out.attribute("placeholder", p));
        // The line break after the start tag is dropped by HTML parsers, so a value that starts
        // with a line break keeps it.
        out.end().line().text(t.value()).close("textarea").line();
    }

    /**
     * A select; {@code grouped} writes option groups, {@code valueAlways} a {@code value} on
     * every option (else only where the text shown is not the text sent, as the existing site does).
     */
    static void select(Theme.Field f, Theme.Select s, int indent, boolean grouped, boolean valueAlways, HtmlWriter out) {
        out.indent(indent).start("select");
        common(f, out);
        out.end().line();
        out.indent(indent + 2).start("option").attribute("value", "").end().text(s.choose()).close("option").line();
        for (List<Theme.Choice> run : runs(s.choices())) {
            // Options in no group stand outside every optgroup, wherever they come in the list.
            Optional<String> group = grouped ? run.get(0).group() : Optional.empty();
            group.ifPresent(g -> out.indent(indent + 2).start("optgroup").attribute("label", g).end().line());
            for (Theme.Choice c : run) {
                out.indent(indent + (group.isPresent() ? 4 : 2)).start("option");
                if (valueAlways || !c.valueIsText()) {
                    out.attribute("value", c.value());
                }
                out.flag("selected", c.selected()).end().text(c.text()).close("option").line();
            }
            group.ifPresent(g -> out.indent(indent + 2).close("optgroup").line());
        }
        out.indent(indent).close("select").line();
    }

    /**
     * The choices in runs of the same group, in their order: a run of options in no group, or of
     * options under one heading. A group split by others makes two runs, so every option keeps
     * its place and its own group, and none in no group lands under a heading.
     */
    static List<List<Theme.Choice>> runs(List<Theme.Choice> choices) {
        List<List<Theme.Choice>> runs = new ArrayList<>();
        List<Theme.Choice> run = new ArrayList<>();
        for (Theme.Choice c : choices) {
            if (!run.isEmpty() && !run.get(0).group().equals(c.group())) {
                runs.add(List.copyOf(run));
                run.clear();
            }
            run.add(c);
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }

    /** An error message: {@code <p id class><span class>Error:</span> message</p>}. */
    static void errorMessage(Theme.Field f, String messageClass, String hiddenClass, int indent, HtmlWriter out) {
        f.error().ifPresent(e -> out.indent(indent).start("p").attribute("id", f.errorId()).classes(messageClass).end()
                .start("span").classes(hiddenClass).end().text(f.errorPrefix() + ":").close("span").text(" ").text(e)
                .close("p").line());
    }

    /** The error summary of the origin and plain themes, which differ in its class only. */
    static void errorSummary(Theme.ErrorSummary s, String summaryClass, HtmlWriter out) {
        out.indent(2).start("div").classes(summaryClass).attribute("id", s.id()).attribute("tabindex", "-1")
                .attribute("role", "alert").attribute("aria-labelledby", s.titleId());
        if (!s.autoFocus()) {
            out.attribute("data-disable-auto-focus", "true");
        }
        out.end().line();
        out.indent(4).start("h3").attribute("id", s.titleId()).end().text(s.title()).close("h3").line();
        out.indent(4).start("ul").end().line();
        for (Theme.ErrorLink link : s.errors()) {
            out.indent(6).start("li").end().start("a").attribute("href", "#" + link.target()).end().text(link.text())
                    .close("a").close("li").line();
        }
        out.indent(4).close("ul").line();
        out.indent(2).close("div").line();
    }

    /** The actions block: a blank line, the button in its wrapper, a blank line. */
    static void actions(String wrapperClass, String buttonClass, String text, boolean disabled, HtmlWriter out) {
        out.line().indent(4).start("div").classes(wrapperClass).end().line();
        out.indent(6).start("button").attribute("type", "submit").classes(buttonClass).flag("disabled", disabled).end()
                .text(text).close("button").line();
        out.indent(4).close("div").line().line();
    }

    /** The two live regions, with their classes. */
    static void liveRegions(Theme.LiveRegions r, String successClass, String failureClass, HtmlWriter out) {
        out.indent(4).start("div").classes(successClass).attribute("id", r.successId()).attribute("role", "status")
                .attribute("tabindex", "-1").flag("hidden", !r.showSuccess()).end().text(r.success()).close("div").line();
        out.indent(4).start("div").classes(failureClass).attribute("id", r.failureId()).attribute("role", "alert")
                .attribute("tabindex", "-1").flag("hidden").end().text(r.failure()).close("div").line();
    }
}
