/**
 * The consultation team's views of what came in, as HTML fragments a host puts in its own page
 * ({@link io.github.consultation.admin.AdminViews}): counts, charts by role group, the
 * questionnaire's means, a page's submissions, the erase form. Reads the store; no web framework.
 */
module io.github.consultation.admin {
    requires transitive io.github.consultation.store;
    requires io.github.consultation.render;
    requires static org.jspecify;

    exports io.github.consultation.admin;
}
