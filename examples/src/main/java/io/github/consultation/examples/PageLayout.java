package io.github.consultation.examples;

import io.github.consultation.form.FormRenderer;
import io.github.consultation.form.FormState;
import io.github.consultation.pages.Heading;
import io.github.consultation.form.HtmlEscaper;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.form.Theme;
import java.util.List;
import java.util.Optional;

/** The demo site's page template: a full HTML document around a rendered page. */
final class PageLayout {
    static final String SITE_NAME = "Sample consultation";
    /** The id of each page's main element, which its skip link points to; no heading may take it. */
    static final String MAIN_ID = "main";

    private PageLayout() {
    }

    /** The document for {@code page} with its form in {@code state}, within {@code site}. */
    static String document(RenderedPage page, FormState state, FormRenderer form, RenderedSite site) {
        StringBuilder html = new StringBuilder(16384);
        String slug = page.page().slug();
        head(html, form.titlePrefix(state) + page.title() + " \u2013 " + SITE_NAME, form);
        html.append("<header class=\"site-header\">\n<p class=\"site-name\"><a href=\"/\">")
                .append(HtmlEscaper.text(SITE_NAME)).append("</a></p>\n");
        List<RenderedPage> pages = site.pages();
        if (pages.size() > 1) {
            html.append("<nav aria-label=\"Pages\">\n<ul>\n");
            for (RenderedPage other : pages) {
                html.append("<li><a href=\"").append(HtmlEscaper.url("/" + other.page().slug())).append('"');
                if (other == page) {
                    html.append(" aria-current=\"page\"");
                }
                html.append('>').append(HtmlEscaper.text(other.title())).append("</a></li>\n");
            }
            html.append("</ul>\n</nav>\n");
        }
        html.append("</header>\n<main id=\"" + MAIN_ID + "\">\n");
        // Empty unless the renderer leaves the summary to the host (the GOV.UK theme here).
        page.formVariant().ifPresent(variant -> form.renderErrorSummary(variant, state, html));
        contents(html, page.headings());
        page.writeTo(html, state);
        pagination(html, site.previous(slug), site.next(slug));
        html.append("</main>\n<script src=\"/assets/feedback.js\" defer></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A page of the site's own, such as the "too many submissions" notice. */
    static String notice(String title, String message, FormRenderer form) {
        StringBuilder html = new StringBuilder(2048);
        head(html, title + " \u2013 " + SITE_NAME, form);
        html.append("<main id=\"" + MAIN_ID + "\">\n<h1>").append(HtmlEscaper.text(title)).append("</h1>\n<p>")
                .append(HtmlEscaper.text(message)).append("</p>\n<p><a href=\"/\">Back to the consultation</a></p>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title, FormRenderer form) {
        head(html, title, form.locale().getLanguage(), form.theme() == Theme.GOVUK ? "govuk-template__body" : null);
    }

    /** The start of every page of the demo, up to and including the skip link. */
    static void head(StringBuilder html, String title, String language, String bodyClass) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlEscaper.attribute(language))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlEscaper.text(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body");
        if (bodyClass != null) {
            html.append(" class=\"").append(HtmlEscaper.attribute(bodyClass)).append('"');
        }
        html.append(">\n<a class=\"skip-link\" href=\"#" + MAIN_ID + "\">Skip to main content</a>\n");
    }

    /** "On this page": the page's headings below its title, when there are two or more. */
    private static void contents(StringBuilder html, List<Heading> headings) {
        List<Heading> below = headings.stream().filter(h -> h.level() > 1).toList();
        if (below.size() < 2) {
            return;
        }
        html.append("<nav class=\"contents\" aria-label=\"On this page\">\n<p class=\"contents-title\">On this page</p>\n<ul>\n");
        for (Heading h : below) {
            html.append("<li><a href=\"#").append(HtmlEscaper.attribute(h.id())).append("\">")
                    .append(HtmlEscaper.text(h.text())).append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    private static void pagination(StringBuilder html, Optional<RenderedPage> previous, Optional<RenderedPage> next) {
        if (previous.isEmpty() && next.isEmpty()) {
            return;
        }
        html.append("<nav class=\"pagination\" aria-label=\"Previous and next pages\">\n");
        previous.ifPresent(p -> html.append("<a rel=\"prev\" href=\"").append(HtmlEscaper.url("/" + p.page().slug()))
                .append("\">Previous: ").append(HtmlEscaper.text(p.title())).append("</a>\n"));
        next.ifPresent(p -> html.append("<a rel=\"next\" href=\"").append(HtmlEscaper.url("/" + p.page().slug()))
                .append("\">Next: ").append(HtmlEscaper.text(p.title())).append("</a>\n"));
        html.append("</nav>\n");
    }
}
