/**
 * Everything about a consultation's pages and its site: loading a folder or a MkDocs project
 * ({@link io.github.consultation.pages.SiteFolder}, {@link io.github.consultation.pages.MkDocsProject},
 * {@link io.github.consultation.pages.Consultation}), where each page's form goes
 * ({@link io.github.consultation.pages.FeedbackPlacement}), the navigation
 * ({@link io.github.consultation.pages.NavEntry}, {@link io.github.consultation.pages.NavItem},
 * {@link io.github.consultation.pages.Section}), the pages' addresses
 * ({@link io.github.consultation.pages.AddressStyle}: MkDocs' own for a MkDocs project), the site's
 * own files ({@link io.github.consultation.pages.SiteFiles}, {@link io.github.consultation.pages.SiteFile}),
 * and the pages as HTML: {@link io.github.consultation.pages.PageRenderer} turns a
 * {@link io.github.consultation.pages.Page} into a {@link io.github.consultation.pages.RenderedPage}
 * with the feedback form ({@link io.github.consultation.render.FormRenderer}) at its marker,
 * {@link io.github.consultation.pages.RenderedSite} keeps a whole consultation rendered and finds
 * what is at a request's address, and {@link io.github.consultation.pages.StaticExport} writes it
 * as static files. No HTTP server: hosts write what these give in their own response types.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.pages;

import org.jspecify.annotations.NullMarked;
