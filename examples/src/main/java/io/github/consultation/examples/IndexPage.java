package io.github.consultation.examples;

import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.render.RenderedPage;
import java.util.List;

/** The demo site's home page: the list of the consultation's pages. */
final class IndexPage {
    private IndexPage() {
    }

    static String document(List<RenderedPage> pages) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlEscaper.text(PageLayout.SITE_NAME))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<main id=\"main\">\n<h1>").append(HtmlEscaper.text(PageLayout.SITE_NAME)).append("</h1>\n")
                .append("<p>The pages of this consultation. Each ends with a short feedback form.</p>\n<ul>\n");
        for (RenderedPage page : pages) {
            html.append("<li><a href=\"").append(HtmlEscaper.url("/" + page.page().slug())).append("\">")
                    .append(HtmlEscaper.text(page.title())).append("</a></li>\n");
        }
        return html.append("</ul>\n</main>\n</body>\n</html>\n").toString();
    }
}
