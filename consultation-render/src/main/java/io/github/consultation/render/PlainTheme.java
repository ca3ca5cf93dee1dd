package io.github.consultation.render;

/**
 * Semantic HTML with a few plain classes ({@code field}, {@code hint}, {@code error-message},
 * {@code visually-hidden}, {@code error-summary}) for hosts that bring their own CSS: each field
 * in a wrapper, "(optional)" on every label the rules do not require, options under their groups.
 */
final class PlainTheme extends Theme {
    @Override
    public String name() {
        return "plain";
    }

    @Override
    boolean trusted() {
        return true;
    }

    @Override
    protected void openBlock(Block block, HtmlWriter out) {
        out.start("section").classes("feedback", block.demo() ? "is-demo" : "").attribute("id", block.wrapperId())
                .attribute("aria-labelledby", block.headingId()).end().line();
        out.indent(2).start("h2").attribute("id", block.headingId()).end().text(block.heading()).close("h2").line();
    }

    @Override
    protected void closeBlock(Block block, HtmlWriter out) {
        out.close("section").line();
    }

    @Override
    protected void errorSummary(ErrorSummary summary, HtmlWriter out) {
        Controls.errorSummary(summary, "error-summary", out);
    }

    @Override
    protected void demoNotice(String text, HtmlWriter out) {
        out.indent(2).start("p").classes("demo-notice").end().text(text).close("p").line();
    }

    @Override
    protected void field(Field f, HtmlWriter out) {
        Control c = f.control();
        if (c instanceof Checkboxes || c instanceof Ratings) {
            Groups.write(f, Groups.Style.PLAIN, out);
            return;
        }
        out.indent(4).start("div").classes("field", f.error().isPresent() ? "field-error" : "").end().line();
        out.indent(6).start("label").attribute("for", f.id()).end().text(f.label());
        if (!f.required()) {
            out.text(" ").text(f.optional());
        }
        out.close("label").line();
        f.hint().ifPresent(h -> out.indent(6).start("div").attribute("id", f.hintId()).classes("hint").end().text(h)
                .close("div").line());
        Controls.errorMessage(f, "error-message", "visually-hidden", 6, out);
        if (c instanceof TextInput) {
            Controls.input(f, (TextInput) c, 6, out);
        } else if (c instanceof TextArea) {
            Controls.textarea(f, (TextArea) c, 6, 5, out);
        } else {
            Controls.select(f, (Select) c, 6, true, true, out);
        }
        out.indent(4).close("div").line();
    }

    @Override
    protected void actions(String text, boolean disabled, HtmlWriter out) {
        Controls.actions("actions", "", text, disabled, out);
    }

    @Override
    protected void liveRegions(LiveRegions regions, HtmlWriter out) {
        Controls.liveRegions(regions, "success", "failure", out);
    }
}
