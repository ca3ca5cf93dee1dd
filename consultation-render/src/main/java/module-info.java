/**
 * The accessible feedback form as HTML: {@link io.github.consultation.render.FormRenderer} in
 * three built-in themes (and any a host brings), the per-context
 * {@link io.github.consultation.render.HtmlEscaper} and the enhancement script. Depends on the
 * model only, so a host that renders only the form pulls in no Markdown parser and no HTML
 * sanitiser.
 */
module io.github.consultation.render {
    requires transitive io.github.consultation.model;
    requires static org.jspecify;

    exports io.github.consultation.render;
}
