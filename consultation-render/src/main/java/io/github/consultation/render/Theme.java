package io.github.consultation.render;

import io.github.consultation.model.FormTexts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The markup style of a rendered form: one object that holds every markup decision (class names,
 * and the structure of the wrapper, the error summary, each field and its messages), while the
 * form renderer keeps the one walk over the form's questions. Every theme shows the same
 * controls, names, ids and rules.
 *
 * <p>Three themes are built in, like jsoup's {@code Safelist} presets: {@link #ORIGIN} (the
 * existing consultation site's markup), {@link #GOVUK} (GOV.UK Frontend, see {@link GovukTheme})
 * and {@link #PLAIN}. A host brings its own by extending this class, or {@link GovukTheme} for a
 * design system in GOV.UK's family. A theme writes structure and class names only: it receives
 * each value (labels, messages, what the reader typed) as data and writes it through
 * {@link HtmlWriter}, which escapes it for its context and has no way to write raw markup.
 *
 * <pre>{@code
 * FormRenderer.builder().theme(Theme.GOVUK).build();
 * Theme.named("plain");                  // Optional[PLAIN]
 * FormRenderer.builder().theme(new NhsTheme()).build();   // a host's own
 * }</pre>
 *
 * <p>A theme is immutable and safe to share between threads.
 */
public abstract class Theme {
    /**
     * The existing consultation site's markup (ids {@code sheets}, {@code gs-form},
     * {@code gs-summary}, ...; classes {@code feedback-section feedback-compact}), so that its
     * CSS and script keep working; the browser's own constraint checks run first.
     */
    public static final Theme ORIGIN = new OriginTheme();
    /** GOV.UK Frontend's components and error pattern; see {@link GovukTheme}. */
    public static final Theme GOVUK = new GovukTheme();
    /** Semantic HTML with a few plain classes, for hosts that bring their own CSS. */
    public static final Theme PLAIN = new PlainTheme();

    private static final List<Theme> BUILT_IN = List.of(ORIGIN, GOVUK, PLAIN);

    /** For subclasses. */
    protected Theme() {
    }

    /** The built-in themes: origin, govuk and plain. */
    public static List<Theme> builtIn() {
        return BUILT_IN;
    }

    /** The built-in theme called {@code name} ({@code origin}, {@code govuk} or {@code plain}), case aside. */
    public static Optional<Theme> named(String name) {
        Objects.requireNonNull(name, "name");
        return BUILT_IN.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The theme's name, such as {@code govuk}. */
    public abstract String name();

    /**
     * Whether the theme shows the existing site's own words for this library's questions (texts
     * {@code origin.label.*} and {@code origin.placeholder.*}) where a form keeps this library's
     * label for a question, and no hints, as the existing site does. Every theme shows a form's
     * own {@code label.*} and {@code placeholder.*}: the {@code origin.*} texts give way to them.
     * Default false.
     */
    protected boolean originTexts() {
        return false;
    }

    /**
     * Whether the browser checks the rules before the form is sent. False writes
     * {@code novalidate}, so the server's messages, in the GOV.UK error pattern, are the only
     * ones. Default true.
     */
    protected boolean browserChecks() {
        return true;
    }

    /** Whether this theme is one of this library's own, whose names its tests check instead. */
    boolean trusted() {
        return false;
    }

    /** Writes the start of the form block: its wrapper and heading. */
    protected abstract void openBlock(Block block, HtmlWriter out);

    /** Writes the end of the form block, after the form. */
    protected abstract void closeBlock(Block block, HtmlWriter out);

    /** Writes the summary of errors after a refused submission. */
    protected abstract void errorSummary(ErrorSummary summary, HtmlWriter out);

    /** Writes a banner after a kept submission, before the form; default none (the live region shows the thanks). */
    protected void successBanner(Block block, String text, HtmlWriter out) {
    }

    /**
     * Whether the thanks after a kept submission shows in the form's live region; false when
     * {@link #successBanner} shows it instead. Default true.
     */
    protected boolean thanksInLiveRegion() {
        return true;
    }

    /** Writes the notice of a demonstration form, which takes no answers. */
    protected abstract void demoNotice(String text, HtmlWriter out);

    /**
     * Writes the honeypot control that people never see and bots fill in: hidden, out of the tab
     * order, hidden from assistive technology, not filled by autofill. Default: with the
     * {@code hidden} attribute.
     */
    protected void honeypot(String name, String id, HtmlWriter out) {
        out.indent(4).start("input").attribute("type", "text").attribute("name", name).attribute("id", id)
                .flag("hidden").attribute("tabindex", "-1").attribute("autocomplete", "off")
                .attribute("aria-hidden", "true").end().line();
    }

    /** Writes one question: its wrapper, label (or legend), hint, error message and control. */
    protected abstract void field(Field field, HtmlWriter out);

    /** Writes the submit button and what surrounds it. */
    protected abstract void actions(String text, boolean disabled, HtmlWriter out);

    /** Writes the regions where the enhancement script shows the thanks or the failure. */
    protected abstract void liveRegions(LiveRegions regions, HtmlWriter out);

    @Override
    public String toString() {
        return "Theme[" + name() + "]";
    }

    /**
     * The form block.
     *
     * @param wrapperId the id of the block
     * @param headingId the id of its heading
     * @param heading the heading's text
     * @param minimal whether this is the older minimal form (summary and details)
     * @param demo whether this is a demonstration that takes no answers
     * @param successId the id of the thanks region (a banner's title takes it with {@code -title})
     * @param texts every text of the form in the rendering language, for a theme that needs more
     * @param grouped whether the form asks questions answered by groups of controls (scores,
     *     checklists): a questionnaire, which a theme may lay out as one
     */
    public record Block(String wrapperId, String headingId, String heading, boolean minimal, boolean demo,
            String successId, FormTexts texts, boolean grouped) {
    }

    /**
     * The summary of errors after a refused submission.
     *
     * @param id the summary's id
     * @param title its title, "There is a problem"
     * @param errors one link per error, in form order
     * @param autoFocus whether scripts should move focus to it when the page loads
     */
    public record ErrorSummary(String id, String title, List<ErrorLink> errors, boolean autoFocus) {
        /** The id of the summary's title. */
        public String titleId() {
            return id + "-title";
        }
    }

    /**
     * One error in the summary.
     *
     * @param target the id of the control the link moves to
     * @param text the message, the same as beside the field
     */
    public record ErrorLink(String target, String text) {
    }

    /**
     * One question as a theme shows it.
     *
     * @param name the control's name
     * @param id the control's id (the first control's, for a group of controls)
     * @param label the label, or the legend of a group of controls
     * @param required whether it must be answered
     * @param hint the hint, if the question has one in this theme
     * @param error the message after a refused submission, if this answer was refused
     * @param control the control and its value
     * @param disabled whether the control is disabled (a demonstration form)
     * @param texts every text of the form in the rendering language: {@code error.prefix},
     *     {@code optional} and whatever else a theme needs
     */
    public record Field(String name, String id, String label, boolean required, Optional<String> hint,
            Optional<String> error, Control control, boolean disabled, FormTexts texts) {
        /** The hint's id. */
        public String hintId() {
            return id + "-hint";
        }

        /** The error message's id. */
        public String errorId() {
            return id + "-error";
        }

        /** The visually hidden prefix of an error message: "Error:" in the form's language. */
        public String errorPrefix() {
            return texts.get("error.prefix");
        }

        /** What follows the label of a question that need not be answered: "(optional)". */
        public String optional() {
            return texts.get("optional");
        }

        /** The control's {@code aria-describedby}: the hint's id then the error's, as GOV.UK orders them; empty if neither. */
        public Optional<String> describedBy() {
            if (hint.isPresent() && error.isPresent()) {
                return Optional.of(hintId() + " " + errorId());
            }
            return hint.isPresent() ? Optional.of(hintId()) : error.map(e -> errorId());
        }
    }

    /** A question's control: one of a few kinds, each with what it shows. */
    public sealed interface Control permits TextInput, TextArea, Select, Checkboxes, Ratings {
    }

    /**
     * A one-line text or email input.
     *
     * @param email whether it takes an email address
     * @param value what the reader entered, or empty
     * @param minLength the least length, if any
     * @param maxLength the greatest length, if any
     * @param pattern a pattern the whole value must match, if any
     * @param autocomplete the {@code autocomplete} token, or empty
     * @param placeholder a placeholder, if the question has one in this theme
     */
    public record TextInput(boolean email, String value, OptionalInt minLength, OptionalInt maxLength,
            Optional<String> pattern, String autocomplete, Optional<String> placeholder) implements Control {
    }

    /**
     * A box of several lines.
     *
     * @param value what the reader entered, or empty
     * @param maxLength the greatest length, if any
     * @param rows how many lines the existing site's box shows (0: the theme's own)
     * @param placeholder a placeholder, if the question has one in this theme
     */
    public record TextArea(String value, OptionalInt maxLength, int rows, Optional<String> placeholder)
            implements Control {
    }

    /**
     * A list to choose one option from.
     *
     * @param choose the text of the empty first option, "— Select your role —"
     * @param choices the options, each with the group it is listed under
     */
    public record Select(String choose, List<Choice> choices) implements Control {
    }

    /**
     * Boxes to tick any number of, listed under their headings.
     *
     * @param choices the boxes, each with its heading
     */
    public record Checkboxes(List<Choice> choices) implements Control {
    }

    /**
     * A matrix: one scale per item, each item a group of its own.
     *
     * @param items the items to score
     * @param scale the points of the scale, lowest first
     */
    public record Ratings(List<RatingItem> items, List<Choice> scale) implements Control {
    }

    /**
     * One option.
     *
     * @param value what the browser sends: the option's text in the form's first language
     * @param text what the reader sees, in the rendering language
     * @param selected whether it is chosen (or ticked)
     * @param group the heading it is listed under, in the rendering language, if any
     * @param id the id of its own control, for boxes and radios; empty for an option of a list
     */
    public record Choice(String value, String text, boolean selected, Optional<String> group, String id) {
        /** Whether the browser sends the text itself (no {@code value} attribute needed). */
        public boolean valueIsText() {
            return value.equals(text);
        }
    }

    /**
     * One item of a matrix.
     *
     * @param name the name of the item's controls
     * @param id the id of the item's first control
     * @param text the item, as its group's legend
     * @param selected the score chosen, or empty
     * @param error the message about this item, if it was refused
     */
    public record RatingItem(String name, String id, String text, String selected, Optional<String> error) {
    }

    /**
     * The regions where the enhancement script shows the outcome of a JSON submission.
     *
     * @param successId the thanks region's id
     * @param success the thanks
     * @param showSuccess whether the thanks shows now (after a kept plain submission)
     * @param failureId the failure region's id
     * @param failure the failure message
     */
    public record LiveRegions(String successId, String success, boolean showSuccess, String failureId, String failure) {
    }

}
