/**
 * The accessible feedback form as HTML: {@link io.github.consultation.form.FormRenderer} in
 * three built-in themes (and any a host brings), the per-context
 * {@link io.github.consultation.form.HtmlEscaper} and the enhancement script. Depends on the
 * model only, so a host that renders only the form pulls in no Markdown parser and no HTML
 * sanitiser.
 */
module io.github.consultation.form {
    requires transitive io.github.consultation.model;
    requires static org.jspecify;

    exports io.github.consultation.form;
}
