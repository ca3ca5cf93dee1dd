package io.github.consultation.examples;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.render.RenderedPage;
import java.util.List;

/** The demo site's page template: a full HTML document around a rendered page. */
final class PageLayout {
    static final String SITE_NAME = "Sample consultation";

    private PageLayout() {
    }

    /** The document for {@code page} with its form in {@code state}, linking to {@code site}. */
    static String document(RenderedPage page, FormState state, FormRenderer form, List<RenderedPage> site) {
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlEscaper.attribute(form.locale().getLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlEscaper.text(form.titlePrefix(state) + page.title() + " \u2013 " + SITE_NAME, html);
        html.append("</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<header class=\"site-header\">\n<p class=\"site-name\"><a href=\"/\">")
                .append(HtmlEscaper.text(SITE_NAME)).append("</a></p>\n");
        if (site.size() > 1) {
            html.append("<nav aria-label=\"Pages\">\n<ul>\n");
            for (RenderedPage other : site) {
                html.append("<li><a href=\"").append(HtmlEscaper.url("/" + other.page().slug())).append('"');
                if (other == page) {
                    html.append(" aria-current=\"page\"");
                }
                html.append('>').append(HtmlEscaper.text(other.title())).append("</a></li>\n");
            }
            html.append("</ul>\n</nav>\n");
        }
        html.append("</header>\n<main id=\"main\">\n");
        page.writeTo(html, state);
        html.append("</main>\n<script src=\"/assets/feedback.js\" defer></script>\n</body>\n</html>\n");
        return html.toString();
    }
}
