package io.github.consultation.render;

import java.util.List;

/**
 * Questions answered with a group of controls, in the origin and plain themes: boxes to tick
 * under their headings, and a matrix of scales. Each is a fieldset whose legend is the question;
 * each heading of boxes, and each item of a matrix, is a fieldset of its own whose legend names
 * it, so that a screen reader announces the heading with every box, and the item with every point
 * of its scale. Works with scripts off.
 */
final class Groups {
    /** The two themes' class names. */
    enum Style {
        ORIGIN("feedback-group", "feedback-hint", "feedback-field-error", "sr-only", "feedback-choice", "feedback-scale"),
        PLAIN("field", "hint", "error-message", "visually-hidden", "choice", "scale");

        final String group;
        final String hint;
        final String error;
        final String hidden;
        final String choice;
        final String scale;

        Style(String group, String hint, String error, String hidden, String choice, String scale) {
            this.group = group;
            this.hint = hint;
            this.error = error;
            this.hidden = hidden;
            this.choice = choice;
            this.scale = scale;
        }
    }

    private Groups() {
    }

    static void write(Theme.Field f, Style style, HtmlWriter out) {
        out.indent(4).start("fieldset").classes(style.group, f.error().isPresent() ? style.group + "-error" : "");
        f.describedBy().ifPresent(d -> out.attribute("aria-describedby", d));
        out.end().line();
        out.indent(6).start("legend").end().text(f.label());
        if (!f.required() && style == Style.PLAIN) {
            out.text(" ").text(f.optional());
        }
        out.close("legend").line();
        f.hint().ifPresent(h -> out.indent(6).start("div").attribute("id", f.hintId()).classes(style.hint).end().text(h)
                .close("div").line());
        Controls.errorMessage(f, style.error, style.hidden, 6, out);
        if (f.control() instanceof Theme.Checkboxes) {
            checkboxes(f, (Theme.Checkboxes) f.control(), style, out);
        } else {
            ratings(f, (Theme.Ratings) f.control(), style, out);
        }
        out.indent(4).close("fieldset").line();
    }

    private static void checkboxes(Theme.Field f, Theme.Checkboxes boxes, Style style, HtmlWriter out) {
        for (List<Theme.Choice> choices : Controls.runs(boxes.choices())) {
            String heading = choices.get(0).group().orElse("");
            int indent = 6;
            if (!heading.isEmpty()) {
                out.indent(6).start("fieldset").end().line();
                out.indent(8).start("legend").end().text(heading).close("legend").line();
                indent = 8;
            }
            for (Theme.Choice c : choices) {
                out.indent(indent).start("div").classes(style.choice).end().line();
                out.indent(indent + 2).start("input").attribute("type", "checkbox").attribute("id", c.id())
                        .attribute("name", f.name()).attribute("value", c.value()).flag("checked", c.selected())
                        .flag("disabled", f.disabled()).end().line();
                out.indent(indent + 2).start("label").attribute("for", c.id()).end().text(c.text()).close("label").line();
                out.indent(indent).close("div").line();
            }
            if (!heading.isEmpty()) {
                out.indent(6).close("fieldset").line();
            }
        }
    }

    private static void ratings(Theme.Field f, Theme.Ratings ratings, Style style, HtmlWriter out) {
        for (Theme.RatingItem item : ratings.items()) {
            out.indent(6).start("fieldset").classes(style.scale, item.error().isPresent() ? style.scale + "-error" : "");
            if (item.error().isPresent()) {
                out.attribute("aria-describedby", item.id() + "-error");
            }
            out.end().line();
            out.indent(8).start("legend").end().text(item.text()).close("legend").line();
            item.error().ifPresent(e -> out.indent(8).start("p").attribute("id", item.id() + "-error").classes(style.error)
                    .end().start("span").classes(style.hidden).end().text(f.errorPrefix() + ":").close("span").text(" ")
                    .text(e).close("p").line());
            int n = 0;
            for (Theme.Choice point : ratings.scale()) {
                n++;
                String id = n == 1 ? item.id() : item.id() + "-" + n;
                out.indent(8).start("span").classes(style.choice).end();
                out.start("input").attribute("type", "radio").attribute("id", id).attribute("name", item.name())
                        .attribute("value", point.value()).flag("checked", point.value().equals(item.selected()))
                        .flag("disabled", f.disabled()).end();
                out.start("label").attribute("for", id).end().text(point.text()).close("label").close("span").line();
            }
            out.indent(6).close("fieldset").line();
        }
    }
}
