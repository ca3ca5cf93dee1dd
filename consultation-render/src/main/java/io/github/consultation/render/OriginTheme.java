package io.github.consultation.render;

import java.util.Optional;
import java.util.Set;

/**
 * The existing consultation site's markup, control for control (REFERENCE §1): no field
 * wrappers, a blank line between fields, the summary's and details' labels visually hidden
 * behind placeholders, an asterisk on the one required label shown, and options sent by their
 * text. Its CSS and script select by these classes and ids.
 */
final class OriginTheme extends Theme {
    /** The existing site shows these questions' labels to screen readers only, with placeholders in view. */
    private static final Set<String> VISUALLY_HIDDEN_LABELS = Set.of("summary", "details");

    @Override
    public String name() {
        return "origin";
    }

    @Override
    boolean trusted() {
        return true;
    }

    @Override
    protected boolean originTexts() {
        return true;
    }

    @Override
    protected void openBlock(Block block, HtmlWriter out) {
        // The existing site's classes: its questionnaire is "feedback-main", its page form "feedback-compact".
        String kind = block.grouped() ? "feedback-main" : block.minimal() ? "" : "feedback-compact";
        out.start("div").classes("feedback-section", kind, block.demo() ? "is-demo" : "")
                .attribute("id", block.wrapperId()).end().line();
        out.indent(2).start("h2").attribute("id", block.headingId()).end().text(block.heading()).close("h2").line();
    }

    @Override
    protected void closeBlock(Block block, HtmlWriter out) {
        out.close("div").line();
    }

    @Override
    protected void errorSummary(ErrorSummary summary, HtmlWriter out) {
        Controls.errorSummary(summary, "feedback-error-summary", out);
    }

    @Override
    protected void demoNotice(String text, HtmlWriter out) {
        out.indent(2).start("p").classes("feedback-demo-notice").end().text(text).close("p").line();
    }

    @Override
    protected void honeypot(String name, String id, HtmlWriter out) {
        out.indent(4).start("input").attribute("type", "text").attribute("name", name).attribute("id", id)
                .attribute("style", "display:none").attribute("tabindex", "-1").attribute("autocomplete", "off")
                .attribute("aria-hidden", "true").end().line();
    }

    @Override
    protected void field(Field f, HtmlWriter out) {
        if (f.control() instanceof Checkboxes || f.control() instanceof Ratings) {
            // A group of controls: its fieldset's legend names it, and no label may point at one box.
            out.line();
            Groups.write(f, Groups.Style.ORIGIN, out);
            return;
        }
        // The label stays in view unless a placeholder names the box in its place.
        boolean hidden = VISUALLY_HIDDEN_LABELS.contains(f.name()) && placeholder(f.control()).isPresent();
        out.line().indent(4).start("label").attribute("for", f.id()).classes(hidden ? "sr-only" : "").end().text(f.label());
        if (f.required() && !hidden) {
            out.text(" ").start("span").classes("req").end().text("*").close("span");
        }
        out.close("label").line();
        Controls.errorMessage(f, "feedback-field-error", "sr-only", 4, out);
        Control c = f.control();
        if (c instanceof TextInput) {
            Controls.input(f, (TextInput) c, 4, out);
        } else if (c instanceof TextArea) {
            TextArea t = (TextArea) c;
            Controls.textarea(f, t, 4, t.rows() > 0 ? t.rows() : 5, out);
        } else {
            Controls.select(f, (Select) c, 4, false, false, out);
        }
    }

    private static Optional<String> placeholder(Control c) {
        return c instanceof TextInput ? ((TextInput) c).placeholder()
                : c instanceof TextArea ? ((TextArea) c).placeholder() : Optional.empty();
    }

    @Override
    protected void actions(String text, boolean disabled, HtmlWriter out) {
        Controls.actions("feedback-actions", "md-button", text, disabled, out);
    }

    @Override
    protected void liveRegions(LiveRegions regions, HtmlWriter out) {
        Controls.liveRegions(regions, "feedback-success", "feedback-error", out);
    }
}
