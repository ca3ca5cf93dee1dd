package io.github.consultation.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classes a host's design system gives the elements Markdown writes: GOV.UK Frontend, for
 * instance, styles {@code <p class="govuk-body">} and leaves a bare {@code <p>} alone. Presets
 * that a host may extend, as jsoup's {@code Safelist} is extended. Immutable.
 *
 * <pre>{@code
 * ElementClasses classes = ElementClasses.GOVUK.toBuilder()
 *         .put("img", "app-figure")          // one more element
 *         .put("h1", "govuk-heading-l")      // one changed
 *         .build();
 * PageRenderer pages = PageRenderer.builder().elementClasses(classes).build();
 * }</pre>
 *
 * <p>Elements: {@code h1} to {@code h6}, {@code p}, {@code ul}, {@code ol}, {@code li}, {@code a},
 * {@code blockquote}, {@code hr}, {@code img}, {@code pre}, {@code code}, {@code table},
 * {@code thead}, {@code tbody}, {@code tr}, {@code th}, {@code td}. Classes are written as given,
 * space separated; only letters, digits, {@code _} and {@code -} are allowed in them. HTML an
 * author wrote in the page keeps its own classes.
 */
public final class ElementClasses {
    /** The elements a host can give classes to. */
    public static final Set<String> ELEMENTS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a",
            "blockquote", "hr", "img", "pre", "code", "table", "thead", "tbody", "tr", "th", "td");

    private static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_-]+( [A-Za-z0-9_-]+)*");

    /** No classes: Markdown's HTML as it is (the default). */
    public static final ElementClasses NONE = builder().build();

    /**
     * GOV.UK Frontend's typography: headings {@code govuk-heading-xl} to {@code -s}, body text,
     * lists, links, tables, inset text for block quotes and a visible section break.
     */
    public static final ElementClasses GOVUK = builder()
            .put("h1", "govuk-heading-xl").put("h2", "govuk-heading-l").put("h3", "govuk-heading-m")
            .put("h4", "govuk-heading-s").put("h5", "govuk-heading-s").put("h6", "govuk-heading-s")
            .put("p", "govuk-body").put("ul", "govuk-list govuk-list--bullet")
            .put("ol", "govuk-list govuk-list--number").put("a", "govuk-link")
            .put("blockquote", "govuk-inset-text")
            .put("hr", "govuk-section-break govuk-section-break--l govuk-section-break--visible")
            .put("table", "govuk-table").put("thead", "govuk-table__head").put("tbody", "govuk-table__body")
            .put("tr", "govuk-table__row").put("th", "govuk-table__header").put("td", "govuk-table__cell")
            .build();

    private final Map<String, String> classes;

    private ElementClasses(Map<String, String> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** Starts an empty set of classes. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder that starts from these classes. */
    public Builder toBuilder() {
        return new Builder(classes);
    }

    /** The classes of {@code element}, if it has any. */
    public Optional<String> of(String element) {
        return Optional.ofNullable(classes.get(element));
    }

    /** Every element with its classes. */
    public Map<String, String> asMap() {
        return classes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementClasses && ((ElementClasses) o).classes.equals(classes);
    }

    @Override
    public int hashCode() {
        return classes.hashCode();
    }

    @Override
    public String toString() {
        return "ElementClasses" + new java.util.TreeMap<>(classes);
    }

    /** Configures {@link ElementClasses}; {@link #build()} checks the names. */
    public static final class Builder {
        private final Map<String, String> classes;

        private Builder(Map<String, String> start) {
            this.classes = new LinkedHashMap<>(start);
        }

        /** Gives {@code element} the classes {@code classes} (space separated), replacing any it had. */
        public Builder put(String element, String classes) {
            this.classes.put(Objects.requireNonNull(element, "element"), Objects.requireNonNull(classes, "classes"));
            return this;
        }

        /** Takes the classes of {@code element} away. */
        public Builder remove(String element) {
            classes.remove(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * Builds the classes.
         *
         * @throws IllegalStateException naming each element that is not one of {@link #ELEMENTS},
         *     and each class list that is not letters, digits, {@code _} and {@code -} separated by
         *     single spaces
         */
        public ElementClasses build() {
            StringBuilder problems = new StringBuilder();
            classes.forEach((element, names) -> {
                if (!ELEMENTS.contains(element)) {
                    problems.append("; '").append(element).append("' is not an element Markdown writes");
                } else if (!CLASSES.matcher(names).matches()) {
                    problems.append("; the classes of ").append(element).append(" must be names separated by spaces, not '")
                            .append(names).append('\'');
                }
            });
            if (problems.length() > 0) {
                throw new IllegalStateException("ElementClasses: " + problems.substring(2));
            }
            return new ElementClasses(classes);
        }
    }
}
