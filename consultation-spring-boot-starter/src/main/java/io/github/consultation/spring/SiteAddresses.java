package io.github.consultation.spring;

import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses a site is served at, read once for the routes and for the security rules alike:
 * each page's (as its site gives it, MkDocs' {@code /path/} for a MkDocs project), each address
 * that leads to a page, each of the site's own files, the files whose name a route cannot hold, and
 * the indexes: the site's base when no page is there (its home, a list of its pages) and each
 * folder's address when no page is there (a list of the folder's pages).
 */
record SiteAddresses(List<String> pages, List<String> redirects, List<String> files, List<String> unservable,
        List<String> indexes) {
    SiteAddresses {
        indexes = List.copyOf(indexes);
        pages = List.copyOf(pages);
        redirects = List.copyOf(redirects);
        files = List.copyOf(files);
        unservable = List.copyOf(unservable);
    }

    static SiteAddresses of(RenderedSite site) {
        List<String> pages = new ArrayList<>();
        for (RenderedPage page : site.pages()) {
            pages.add(URLDecoder.decode(site.href(page.page()), StandardCharsets.UTF_8));
        }
        List<String> files = new ArrayList<>();
        List<String> unservable = new ArrayList<>();
        for (String file : site.consultation().siteFiles().paths()) {
            // Spring would read { } * or ? in a route's path as a pattern, answering other paths with it.
            (file.chars().anyMatch(c -> "{}*?".indexOf(c) >= 0) ? unservable : files).add(site.basePath() + file);
        }
        java.util.Set<String> indexes = new java.util.LinkedHashSet<>();
        for (String address : indexAddresses(site)) {
            if (site.find(address) instanceof RenderedSite.NotFound) {
                indexes.add(address);
            }
        }
        return new SiteAddresses(pages, site.redirects(), files, unservable, new ArrayList<>(indexes));
    }

    /** Where an index of {@code site} may be: its base, and each folder's address below it. */
    static List<String> indexAddresses(RenderedSite site) {
        List<String> addresses = new ArrayList<>();
        addresses.add(site.basePath());
        for (io.github.consultation.pages.Section section : site.consultation().sections()) {
            if (!section.slug().isEmpty()) {
                addresses.add(site.basePath() + section.slug() + "/");
            }
        }
        return addresses;
    }
}
