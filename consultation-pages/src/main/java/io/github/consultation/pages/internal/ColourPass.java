package io.github.consultation.pages.internal;

import io.github.consultation.pages.ColourFinding;
import io.github.consultation.pages.ColourPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, and under {@link ColourPolicy#ADJUST} mends, the colours authors give words: a pass over
 * a page's HTML after the sanitiser (whose output is well-formed and its styles normalised), that
 * follows which colour and background each run of text is shown in and whether it is large (in a
 * heading of level 1 to 3).
 */
public final class ColourPass {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern STYLE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
    private static final Pattern DECLARATION = Pattern.compile("(?:^|;)\\s*(color|background-color)\\s*:\\s*([^;]+)");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("(\\sstyle\\s*=\\s*)(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLOUR_FUNCTION = Pattern.compile(
            "((?:background-)?color\\s*:\\s*)((?:rgba?|hsla?)\\([^)]*\\))", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> VOID = java.util.Set.of("br", "hr", "img", "col", "input", "wbr");

    /** The page's HTML after the pass, and what it found. */
    public record Result(String html, List<ColourFinding> findings) {
    }

    private record Open(String tag, Optional<CssColour> colour, String written, Optional<CssColour> background,
            boolean large, StringBuilder text, int findingAt) {
    }

    private ColourPass() {
    }

    /**
     * Rewrites colour functions in {@code style} attributes to the comma form
     * ({@code rgb(1 2 3 / 50%)} to {@code rgba(1, 2, 3, 0.5)}), which the sanitiser keeps whole;
     * a function that is not a colour is left for the sanitiser to drop.
     */
    public static String normaliseFunctions(String html) {
        if (html.indexOf("style") < 0) {
            return html;
        }
        Matcher attribute = STYLE_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (attribute.find()) {
            Matcher f = COLOUR_FUNCTION.matcher(attribute.group(2));
            StringBuilder value = new StringBuilder();
            while (f.find()) {
                String replacement = CssColour.parse(f.group(2)).map(CssColour::css).orElse(f.group(2));
                f.appendReplacement(value, Matcher.quoteReplacement(f.group(1) + replacement));
            }
            f.appendTail(value);
            attribute.appendReplacement(out, Matcher.quoteReplacement(attribute.group(1) + value));
        }
        attribute.appendTail(out);
        return out.toString();
    }

    /** Checks the colours of {@code html} against {@code background} under {@code policy}. */
    public static Result check(String html, CssColour background, ColourPolicy policy) {
        if (policy == ColourPolicy.KEEP || html.indexOf("color") < 0) {
            return new Result(html, List.of());
        }
        List<ColourFinding> findings = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(html.length());
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            text(html.substring(at, tag.start()), open);
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                Optional<CssColour> colour = Optional.empty();
                Optional<CssColour> bg = Optional.empty();
                String written = "";
                Matcher style = STYLE.matcher(tag.group(3));
                if (style.find()) {
                    Matcher d = DECLARATION.matcher(style.group(1));
                    while (d.find()) {
                        Optional<CssColour> parsed = CssColour.parse(d.group(2));
                        if (d.group(1).equals("color")) {
                            colour = parsed;
                            written = d.group(2).strip();
                        } else {
                            bg = parsed;
                        }
                    }
                }
                Optional<CssColour> backdrop = bg.isPresent() ? bg : open.stream().map(Open::background)
                        .filter(Optional::isPresent).map(Optional::get).findFirst();
                CssColour against = backdrop.map(b -> b.over(background)).orElse(background);
                boolean large = name.matches("h[1-3]") || open.stream().anyMatch(Open::large);
                String startTag = tag.group();
                int findingAt = -1;
                if (colour.isPresent()) {
                    double required = large ? 3.0 : 4.5;
                    double ratio = CssColour.contrast(colour.get(), against);
                    if (ratio < required) {
                        Optional<String> adjusted = Optional.empty();
                        if (policy == ColourPolicy.ADJUST) {
                            String css = colour.get().adjustedFor(against, required).css();
                            adjusted = Optional.of(css);
                            startTag = startTag.replace("color:" + written, "color:" + css);
                        }
                        findingAt = findings.size();
                        findings.add(new ColourFinding(written, "", Math.round(ratio * 100) / 100.0, required, adjusted));
                    }
                }
                out.append(html, at, tag.start()).append(startTag);
                if (!VOID.contains(name) && !tag.group(3).endsWith("/")) {
                    open.push(new Open(name, colour, written, bg, large, new StringBuilder(), findingAt));
                }
            } else {
                out.append(html, at, tag.end());
                while (!open.isEmpty()) {
                    Open closed = open.pop();
                    if (closed.findingAt() >= 0) {
                        ColourFinding f = findings.get(closed.findingAt());
                        findings.set(closed.findingAt(), new ColourFinding(f.colour(),
                                closed.text().toString().replaceAll("\\s+", " ").strip(), f.ratio(), f.required(),
                                f.adjustedTo()));
                    }
                    if (!open.isEmpty() && closed.text().length() > 0) {
                        open.peek().text().append(closed.text());
                    }
                    if (closed.tag().equals(name)) {
                        break;
                    }
                }
                at = tag.end();
                continue;
            }
            at = tag.end();
        }
        out.append(html, at, html.length());
        text(html.substring(at), open);
        return new Result(out.toString(), List.copyOf(findings));
    }

    private static void text(String escaped, Deque<Open> open) {
        if (!open.isEmpty() && !escaped.isEmpty()) {
            open.peek().text().append(unescape(escaped));
        }
    }

    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#96;", "`").replace("&amp;", "&");
    }
}
