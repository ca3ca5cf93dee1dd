package io.github.consultation.examples;

import io.github.consultation.form.HtmlEscaper;
import io.github.consultation.pages.RenderedPage;
import java.util.List;

/** The demo site's home page: the list of the consultation's pages. */
final class IndexPage {
    private IndexPage() {
    }

    static String document(List<RenderedPage> pages) {
        StringBuilder html = new StringBuilder(4096);
        PageLayout.head(html, PageLayout.SITE_NAME, "en", null);
        html.append("<main id=\"main\">\n<h1>").append(HtmlEscaper.text(PageLayout.SITE_NAME)).append("</h1>\n")
                .append("<p>The pages of this consultation. Each ends with a short feedback form.</p>\n<ul>\n");
        for (RenderedPage page : pages) {
            html.append("<li><a href=\"").append(HtmlEscaper.url("/" + page.page().slug())).append("\">")
                    .append(HtmlEscaper.text(page.title())).append("</a></li>\n");
        }
        return html.append("</ul>\n</main>\n</body>\n</html>\n").toString();
    }
}
