package io.github.consultation.examples;

import io.github.consultation.model.FormTexts;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.render.Theme;
import io.github.consultation.pages.Heading;
import io.github.consultation.pages.NavItem;
import io.github.consultation.pages.RenderedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo site's page template: every page of the site (content, home, notices, not found) in
 * one layout with the site's header and navigation. With the GOV.UK theme it is GOV.UK's page
 * template (skip link, header, width container, main wrapper, footer) styled by GOV.UK
 * Frontend's own CSS and started by its own JavaScript, as a service outside GOV.UK uses them: no
 * crown, no GDS Transport. Immutable.
 */
final class Layout {
    /** The id of each page's main element, which its skip link points to; no heading may take it. */
    static final String MAIN_ID = "main";

    private final SitePages pages;
    private final FormRenderer form;
    private final boolean govuk;
    /** The site's texts in its language: every word of the layout, the notices and the admin views. */
    private final FormTexts texts;
    private final String name;

    /** The layout of {@code pages}, in the language and theme of the page form {@code form}, for the site called {@code name}. */
    Layout(SitePages pages, FormRenderer form, String name) {
        this.pages = pages;
        this.form = form;
        this.govuk = form.theme() == Theme.GOVUK;
        this.texts = form.definition().texts(form.locale());
        this.name = name;
    }

    /** The site's texts, in its language. */
    FormTexts texts() {
        return texts;
    }

    /** The site's language, as the {@code lang} of every document. */
    private String lang() {
        return HtmlEscaper.attribute(texts.locale().toLanguageTag());
    }

    /** The document for {@code page} with its form in {@code state}. */
    String page(RenderedPage page, FormState state) {
        StringBuilder html = new StringBuilder(16384);
        String slug = page.page().slug();
        // The page's own form: the page form, or the questionnaire with its own ids and texts.
        open(html, page.form().titlePrefix(state) + page.title(), page);
        // Empty unless the renderer leaves the summary to the host (the GOV.UK theme here).
        page.formVariant().ifPresent(variant -> page.form().renderErrorSummary(variant, state, html));
        contents(html, page.headings());
        page.writeTo(html, state);
        pagination(html, pages.site().previous(slug), pages.site().next(slug));
        return close(html);
    }

    /** The home page: the consultation's pages, listed. */
    String home() {
        StringBuilder html = new StringBuilder(4096);
        open(html, "", null);
        html.append("<h1").append(govuk ? " class=\"govuk-heading-xl\"" : "").append('>')
                .append(HtmlEscaper.text(name)).append("</h1>\n<p").append(bodyClass())
                .append('>').append(HtmlEscaper.text(texts.get("layout.home.intro"))).append("</p>\n<ul")
                .append(govuk ? " class=\"govuk-list govuk-list--bullet\"" : "").append(">\n");
        for (RenderedPage page : pages.all()) {
            html.append("<li>").append(link(pages.href(page), page.title())).append("</li>\n");
        }
        html.append("</ul>\n");
        return close(html);
    }

    /** A page of the site's own, such as the "too many submissions" notice, with a way back. */
    String notice(String title, String message) {
        StringBuilder html = new StringBuilder(2048);
        open(html, title, null);
        html.append("<h1").append(govuk ? " class=\"govuk-heading-l\"" : "").append('>').append(HtmlEscaper.text(title))
                .append("</h1>\n<p").append(bodyClass()).append('>').append(HtmlEscaper.text(message))
                .append("</p>\n<p").append(bodyClass()).append('>').append(link(pages.base(), texts.get("layout.home.link")))
                .append("</p>\n");
        return close(html);
    }

    private String bodyClass() {
        return govuk ? " class=\"govuk-body\"" : "";
    }

    private String link(String href, String text) {
        return "<a" + (govuk ? " class=\"govuk-link\"" : "") + " href=\"" + HtmlEscaper.url(href) + "\">"
                + HtmlEscaper.text(text) + "</a>";
    }

    /** The head, the skip link, the header with the site's navigation ({@code current} marked), and the opening of main. */
    private void open(StringBuilder html, String title, RenderedPage current) {
        String fullTitle = title.isEmpty() ? name : texts.fill("layout.title", Map.of("title", title, "site", name));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang())
                .append('"').append(govuk ? " class=\"govuk-template\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlEscaper.text(fullTitle)).append("</title>\n")
                // No icon: the demo has none, and a browser that is told so does not ask for /favicon.ico.
                .append("<link rel=\"icon\" href=\"data:,\">\n");
        if (govuk) {
            html.append("<link rel=\"stylesheet\" href=\"").append(asset(StaticAssets.STYLESHEET)).append("\">\n")
                    .append("<link rel=\"stylesheet\" href=\"").append(asset("/assets/govuk-site.css")).append("\">\n");
        } else {
            html.append("<link rel=\"stylesheet\" href=\"").append(asset("/assets/site.css")).append("\">\n")
                    .append("<link rel=\"stylesheet\" href=\"").append(asset("/assets/form.css")).append("\">\n");
        }
        // The site's own stylesheets (MkDocs' extra_css), after the library's, as MkDocs puts them after its theme's.
        for (String css : pages.extraCss()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(HtmlEscaper.url(css)).append("\">\n");
        }
        html.append("</head>\n");
        if (govuk) {
            html.append("<body class=\"govuk-template__body\">\n<a href=\"#" + MAIN_ID + "\" class=\"govuk-skip-link\""
                    + " data-module=\"govuk-skip-link\">").append(HtmlEscaper.text(texts.get("layout.skip-link")))
                    .append("</a>\n");
            govukHeader(html, current);
            html.append("<div class=\"govuk-width-container\">\n<main class=\"govuk-main-wrapper\" id=\"" + MAIN_ID + "\">\n");
        } else {
            html.append("<body>\n<a class=\"skip-link\" href=\"#" + MAIN_ID + "\">")
                    .append(HtmlEscaper.text(texts.get("layout.skip-link"))).append("</a>\n");
            header(html, current);
            html.append("<main id=\"" + MAIN_ID + "\">\n");
        }
    }

    private String close(StringBuilder html) {
        html.append("</main>\n");
        if (govuk) {
            html.append("</div>\n<footer class=\"govuk-footer\">\n<div class=\"govuk-width-container\">\n")
                    .append("<div class=\"govuk-footer__meta\">\n<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\">\n")
                    .append("<p class=\"govuk-footer__meta-custom\">")
                    .append(HtmlEscaper.text(texts.fill("layout.footer", Map.of("site", name)))).append("</p>\n")
                    .append("</div>\n</div>\n</div>\n</footer>\n")
                    .append("<script type=\"module\" src=\"").append(asset(StaticAssets.START)).append("\"></script>\n");
        }
        html.append("<script src=\"").append(asset("/assets/feedback.js")).append("\" defer></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The site's name and its navigation, for every theme but GOV.UK. */
    private void header(StringBuilder html, RenderedPage current) {
        html.append("<header class=\"site-header\">\n<p class=\"site-name\"><a href=\"")
                .append(HtmlEscaper.url(pages.base())).append("\">").append(HtmlEscaper.text(name)).append("</a></p>\n");
        if (pages.all().size() > 1) {
            // The site's navigation as it gives it (a MkDocs nav's, sections within sections, else its
            // folders'), each section a titled list of its pages, each page once, as mkdocs build shows them.
            html.append("<nav aria-label=\"").append(HtmlEscaper.attribute(texts.get("layout.pages"))).append("\">\n");
            navList(html, pages.navigation(), current);
            html.append("</nav>\n");
        }
        html.append("</header>\n");
    }

    private void navList(StringBuilder html, List<NavItem> items, RenderedPage current) {
        html.append("<ul>\n");
        for (NavItem item : items) {
            if (item instanceof NavItem.PageItem p) {
                pages.get(p.page().slug()).ifPresent(page -> navLink(html, page, p.page().title(), current));
            } else {
                NavItem.SectionItem section = (NavItem.SectionItem) item;
                html.append("<li><span class=\"nav-section\">").append(HtmlEscaper.text(section.title())).append("</span>\n");
                navList(html, section.items(), current);
                html.append("</li>\n");
            }
        }
        html.append("</ul>\n");
    }

    private void navLink(StringBuilder html, RenderedPage page, String title, RenderedPage current) {
        html.append("<li><a href=\"").append(HtmlEscaper.url(pages.href(page))).append('"');
        if (page == current) {
            html.append(" aria-current=\"page\"");
        }
        html.append('>').append(HtmlEscaper.text(title)).append("</a></li>\n");
    }

    /** The pages of the navigation, in its order: for a navigation without sections. */
    private List<RenderedPage> navigationPages() {
        List<RenderedPage> in = new ArrayList<>();
        flatten(pages.navigation(), in);
        return in;
    }

    private void flatten(List<NavItem> items, List<RenderedPage> into) {
        for (NavItem item : items) {
            if (item instanceof NavItem.PageItem p) {
                pages.get(p.page().slug()).ifPresent(into::add);
            } else {
                flatten(((NavItem.SectionItem) item).items(), into);
            }
        }
    }

    /** A library asset's address ({@code /assets/form.css}) under the site's base path. */
    private String asset(String path) {
        return HtmlEscaper.url(pages.base() + path.substring(1));
    }

    /**
     * GOV.UK's service navigation as its macro writes it, which the Design System offers services
     * outside GOV.UK in place of the GOV.UK header and its crown.
     */
    private void govukHeader(StringBuilder html, RenderedPage current) {
        html.append("<header>\n<section aria-label=\"").append(HtmlEscaper.attribute(texts.get("layout.service")))
                .append("\" class=\"govuk-service-navigation\"")
                .append(" data-module=\"govuk-service-navigation\">\n<div class=\"govuk-width-container\">\n")
                .append("<div class=\"govuk-service-navigation__container\">\n")
                .append("<span class=\"govuk-service-navigation__service-name\">\n")
                .append("<a href=\"").append(HtmlEscaper.url(pages.base())).append("\" class=\"govuk-service-navigation__link\">")
                .append(HtmlEscaper.text(name))
                .append("</a>\n</span>\n");
        List<RenderedPage> all = navigationPages();
        if (pages.all().size() > 1) {
            String menu = HtmlEscaper.text(texts.get("layout.menu"));
            html.append("<nav aria-label=\"").append(menu).append("\" class=\"govuk-service-navigation__wrapper\">\n")
                    .append("<button type=\"button\" class=\"govuk-service-navigation__toggle govuk-js-service-navigation-toggle\"")
                    .append(" aria-controls=\"navigation\" hidden aria-hidden=\"true\">").append(menu).append("</button>\n")
                    .append("<ul class=\"govuk-service-navigation__list\" id=\"navigation\">\n");
            for (RenderedPage other : all) {
                boolean active = other == current;
                html.append("<li class=\"govuk-service-navigation__item")
                        .append(active ? " govuk-service-navigation__item--active" : "").append("\">\n")
                        .append("<a class=\"govuk-service-navigation__link\" href=\"")
                        .append(HtmlEscaper.url(pages.href(other))).append('"')
                        .append(active ? " aria-current=\"true\"" : "").append('>');
                if (active) {
                    html.append("<strong class=\"govuk-service-navigation__active-fallback\">")
                            .append(HtmlEscaper.text(other.title())).append("</strong>");
                } else {
                    html.append(HtmlEscaper.text(other.title()));
                }
                html.append("</a>\n</li>\n");
            }
            html.append("</ul>\n</nav>\n");
        }
        html.append("</div>\n</div>\n</section>\n</header>\n");
    }

    /** "On this page": the page's headings below its title, when there are two or more. */
    private void contents(StringBuilder html, List<Heading> headings) {
        List<Heading> below = headings.stream().filter(h -> h.level() > 1).toList();
        if (below.size() < 2) {
            return;
        }
        String contents = HtmlEscaper.text(texts.get("layout.contents"));
        html.append("<nav class=\"contents\" aria-label=\"").append(contents).append("\">\n<p class=\"contents-title")
                .append(govuk ? " govuk-body govuk-!-font-weight-bold" : "").append("\">").append(contents).append("</p>\n<ul")
                .append(govuk ? " class=\"govuk-list\"" : "").append(">\n");
        for (Heading h : below) {
            html.append("<li>").append(link("#" + h.id(), h.text())).append("</li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    private void pagination(StringBuilder html, Optional<RenderedPage> previous, Optional<RenderedPage> next) {
        if (previous.isEmpty() && next.isEmpty()) {
            return;
        }
        html.append("<nav class=\"pagination\" aria-label=\"").append(HtmlEscaper.attribute(texts.get("layout.pagination")))
                .append("\">\n");
        previous.ifPresent(p -> html.append("<a rel=\"prev\"").append(govuk ? " class=\"govuk-link\"" : "")
                .append(" href=\"").append(HtmlEscaper.url(pages.href(p))).append("\">")
                .append(HtmlEscaper.text(texts.fill("layout.previous", Map.of("title", p.title())))).append("</a>\n"));
        next.ifPresent(p -> html.append("<a rel=\"next\"").append(govuk ? " class=\"govuk-link\"" : "")
                .append(" href=\"").append(HtmlEscaper.url(pages.href(p))).append("\">")
                .append(HtmlEscaper.text(texts.fill("layout.next", Map.of("title", p.title())))).append("</a>\n"));
        html.append("</nav>\n");
    }

    /** The admin pages' document: the same head and header, wider. */
    String admin(String title, String body) {
        StringBuilder html = new StringBuilder(body.length() + 2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlEscaper.text(texts.fill("admin.document-title", Map.of("title", title, "site", name))))
                .append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"").append(asset("/assets/site.css"))
                .append("\">\n")
                .append("</head>\n<body class=\"admin\">\n<a class=\"skip-link\" href=\"#" + MAIN_ID + "\">")
                .append(HtmlEscaper.text(texts.get("layout.skip-link"))).append("</a>\n");
        header(html, null);
        return html.append("<main id=\"" + MAIN_ID + "\">\n<h1>").append(HtmlEscaper.text(title)).append("</h1>\n")
                .append(body).append("</main>\n</body>\n</html>\n").toString();
    }
}
