/**
 * What every host of the library assembles, once: for a site's forms and languages, the form
 * renderers, validators and submission flow per language ({@link io.github.consultation.host.ConsultationHost}),
 * and each submission's answer as plain values ({@link io.github.consultation.host.Reply}) that a
 * host writes into its own response type, whatever its web framework. Needs the form and the
 * validation; no web framework, no Markdown parser, no store (which plugs in as a
 * {@link io.github.consultation.validate.FeedbackSink}), no pages (which plug in as
 * {@link io.github.consultation.host.PageForm} values).
 */
module io.github.consultation.host {
    requires transitive io.github.consultation.render;
    requires transitive io.github.consultation.validate;
    requires static org.jspecify;

    exports io.github.consultation.host;
}
