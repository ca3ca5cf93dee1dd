package io.github.consultation.pages;

import io.github.consultation.pages.internal.SiteLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A consultation: its pages in reading order, grouped in sections, each with its feedback form
 * placement. Immutable.
 *
 * <pre>{@code
 * Consultation site = Consultation.builder()
 *         .nav(List.of("index.md", "shared-record.md", "appendices/costs.md"))   // optional
 *         .load(Path.of("docs"));
 * site.pages();                          // in nav order, else by file name
 * site.next(page);                       // the page after, if any
 * site.placement(page).variant();        // the form the page carries
 * }</pre>
 */
public final class Consultation {
    private final List<Page> pages;
    private final List<Section> sections;
    private final Map<String, Page> bySlug;
    private final boolean formByDefault;
    /** What the site's definition says each page's file carries (a form's name, or none), if anything. */
    private final java.util.function.Function<String, Optional<String>> pageForms;
    private final List<String> warnings;
    private final List<SkippedFile> skipped;
    private final Map<String, String> files;
    private final List<NavItem> navigation;
    private final AddressStyle addressStyle;
    private final Map<String, String> addresses;
    private final Map<String, Page> byAddress;
    private final SiteFiles siteFiles;

    private Consultation(SiteLoader.Loaded loaded, boolean formByDefault, AddressStyle addressStyle,
            java.util.function.Function<String, Optional<String>> pageForms) {
        this.pageForms = pageForms;
        this.sections = List.copyOf(loaded.sections());
        Map<String, Page> slugs = new LinkedHashMap<>();
        for (Page page : loaded.pages()) {
            if (slugs.put(page.slug(), page) != null) {
                throw new IllegalArgumentException("Two pages share the slug " + page.slug());
            }
        }
        this.pages = List.copyOf(loaded.pages());
        this.bySlug = java.util.Collections.unmodifiableMap(slugs);
        this.formByDefault = formByDefault;
        this.warnings = List.copyOf(loaded.warnings());
        this.skipped = List.copyOf(loaded.skipped());
        this.files = Map.copyOf(loaded.files());
        this.navigation = List.copyOf(loaded.navigation());
        this.addressStyle = addressStyle;
        this.addresses = Map.copyOf(loaded.addresses());
        Map<String, Page> atAddress = new LinkedHashMap<>();
        for (Page page : pages) {
            atAddress.put(addresses.get(page.slug()), page);
        }
        this.byAddress = java.util.Collections.unmodifiableMap(atAddress);
        this.siteFiles = loaded.siteFiles();
    }

    /** Starts configuring a consultation. */
    public static Builder builder() {
        return new Builder();
    }

    /** Loads the Markdown pages under {@code root}, ordered by file name, with a form on every page. */
    public static Consultation load(Path root) throws IOException {
        return builder().load(root);
    }

    /** Every page, in reading order. */
    public List<Page> pages() {
        return pages;
    }

    /** The sections, in the order their first pages are read; the top level has slug {@code ""}. */
    public List<Section> sections() {
        return sections;
    }

    /** The page at {@code slug}. */
    public Optional<Page> page(String slug) {
        return Optional.ofNullable(bySlug.get(Objects.requireNonNull(slug, "slug")));
    }

    /**
     * The address of {@code page}, relative to the site's base, decoded: {@code ""} for the site's
     * home, {@code "proposal/costs/"} for {@code proposal/costs.md} in MkDocs' default style (see
     * {@link AddressStyle}).
     *
     * @throws IllegalArgumentException if the page is not one of this consultation's
     */
    public String address(Page page) {
        String address = addresses.get(Objects.requireNonNull(page, "page").slug());
        if (address == null) {
            throw new IllegalArgumentException(page + " is not a page of this consultation");
        }
        return address;
    }

    /** The page at {@code address} (relative to the site's base, decoded, as {@link #address(Page)} gives it). */
    public Optional<Page> pageAt(String address) {
        return Optional.ofNullable(byAddress.get(Objects.requireNonNull(address, "address")));
    }

    /** The site's home page: its top-level {@code index.md} (or {@code README.md}), if it has one. */
    public Optional<Page> home() {
        return pageAt(addressStyle.address("index.md"));
    }

    /** How the pages' addresses are made from their files. */
    public AddressStyle addressStyle() {
        return addressStyle;
    }

    /**
     * The navigation as readers see it: each page once, in the order and under the titles and
     * sections the site's navigation gives (a MkDocs {@code nav}), else its top-level pages and a
     * section per folder.
     */
    public List<NavItem> navigation() {
        return navigation;
    }

    /** The site's own files that are not pages (images, PDFs, its stylesheet), to publish beside them. */
    public SiteFiles siteFiles() {
        return siteFiles;
    }

    /** The page before {@code page} in reading order. */
    public Optional<Page> previous(Page page) {
        int at = indexOf(page);
        return at > 0 ? Optional.of(pages.get(at - 1)) : Optional.empty();
    }

    /** The page after {@code page} in reading order. */
    public Optional<Page> next(Page page) {
        int at = indexOf(page);
        return at >= 0 && at + 1 < pages.size() ? Optional.of(pages.get(at + 1)) : Optional.empty();
    }

    private int indexOf(Page page) {
        Objects.requireNonNull(page, "page");
        Page known = bySlug.get(page.slug());
        return known == null ? -1 : pages.indexOf(known);
    }

    /** Where {@code page}'s feedback form goes. */
    public FeedbackPlacement placement(Page page) {
        return FeedbackPlacement.of(page, formByDefault, file(page).flatMap(pageForms));
    }

    /** Whether pages without a feedback marker get the full form at their end. */
    public boolean formByDefault() {
        return formByDefault;
    }

    /**
     * What loading noticed but did not stop for, such as a {@code nav} entry with no page or a
     * skipped file, one sentence each.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** The file {@code page} was read from, relative to the folder ({@code "appendices/costs.md"}), if it was read from one. */
    public Optional<String> file(Page page) {
        return Optional.ofNullable(files.get(Objects.requireNonNull(page, "page").slug()));
    }

    /** The files of the folder that were not read as pages, each with why. */
    public List<SkippedFile> skipped() {
        return skipped;
    }

    @Override
    public String toString() {
        return "Consultation[" + pages.size() + " pages, " + sections.size() + " sections]";
    }

    /**
     * Configures a {@link Consultation}.
     *
     * <pre>{@code
     * Consultation.builder().formByDefault(false).nav(entries).load(root);
     * Consultation.builder().of(List.of(page1, page2));   // pages from elsewhere
     * }</pre>
     */
    public static final class Builder {
        private List<String> nav = List.of();
        private List<NavEntry> navigation = List.of();
        private boolean formByDefault = true;
        private AddressStyle addressStyle = AddressStyle.PAGE_SLUGS;
        private java.util.function.Function<String, Optional<String>> pageForms = file -> Optional.empty();

        private Builder() {
        }

        /**
         * The reading order: file paths relative to the root ({@code appendices/costs.md}) or
         * slugs. Pages the list does not name follow, by file name. Default: by file name.
         */
        public Builder nav(List<String> entries) {
            this.nav = List.copyOf(Objects.requireNonNull(entries, "entries"));
            return this;
        }

        /**
         * The navigation as a MkDocs {@code nav} gives it: the reading order, the titles it gives
         * pages (in the place of their own), and its top-level sections (sections within them
         * belong to theirs). Pages it does not name follow, by file name, with a warning. Replaces
         * {@link #nav(List)}.
         */
        public Builder navigation(List<NavEntry> navigation) {
            this.navigation = List.copyOf(Objects.requireNonNull(navigation, "navigation"));
            this.nav = List.of();
            return this;
        }

        /** How the pages' addresses are made from their files. Default {@link AddressStyle#PAGE_SLUGS}. */
        public Builder addressStyle(AddressStyle addressStyle) {
            this.addressStyle = Objects.requireNonNull(addressStyle, "addressStyle");
            return this;
        }

        /**
         * What the site's definition says each page carries, given the page's file from the root
         * ({@code proposal/costs.md}): a form's name, {@link FeedbackPlacement#NONE}, or nothing
         * (empty), as {@code ConsultationDefinition::formFor} answers. A page's marker and front
         * matter say more. Default: nothing for every page.
         */
        public Builder pageForms(java.util.function.Function<String, Optional<String>> pageForms) {
            this.pageForms = Objects.requireNonNull(pageForms, "pageForms");
            return this;
        }

        /** Whether a page without a feedback marker gets the full form at its end. Default true. */
        public Builder formByDefault(boolean formByDefault) {
            this.formByDefault = formByDefault;
            return this;
        }

        /**
         * Loads every page file ({@code .md} or {@code .markdown}, in any case) under
         * {@code root}. A page's slug is its path made an address by {@link Page#slugOf(String)}
         * ({@code appendices/My notes.md} is {@code appendices/my-notes}); a folder's
         * {@code index.md} has the folder's slug. Files that cannot be pages are
         * {@linkplain Consultation#skipped() skipped}, each with its reason.
         *
         * @throws IOException if the folder cannot be read
         */
        public Consultation load(Path root) throws IOException {
            return new Consultation(SiteLoader.load(Objects.requireNonNull(root, "root"), nav, navigation, addressStyle),
                    formByDefault, addressStyle, pageForms);
        }

        /** A consultation of {@code pages}, in this order, as one section (or in the sections their slugs give). */
        public Consultation of(List<Page> pages) {
            return new Consultation(SiteLoader.arrange(Objects.requireNonNull(pages, "pages"), nav, navigation,
                    addressStyle), formByDefault, addressStyle, pageForms);
        }
    }
}
