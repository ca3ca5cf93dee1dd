package io.github.consultation.pages.internal;

import io.github.consultation.model.FormVariant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a page's feedback form goes: the feedback marker comment
 * ({@code <!--- feedback form only below here -->} or {@code <!-- feedback form -->}), and the
 * legacy form block written after it, whose kind gives the variant.
 *
 * <p>The legacy block is the {@code <div>} whose class includes {@code feedback-section}, up to
 * its matching {@code </div>}. Text between the marker and that block, and after it, stays.
 */
public final class FormMarkers {
    private static final Pattern MARKER = Pattern.compile("<!--+\\s*feedback (form|questionnaire)\\b[^>]*?-->");
    /** The existing site's questionnaire block: its wrapper's class or id. */
    private static final Pattern QUESTIONNAIRE = Pattern.compile("\\bfeedback-main\\b|\\bid\\s*=\\s*\"main-feedback\"");
    private static final Pattern LEGACY_START =
            Pattern.compile("<div\\b[^>]*\\bclass\\s*=\\s*\"[^\"]*\\bfeedback-section\\b[^\"]*\"[^>]*>");
    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final int start;
    private final int end;
    private final Optional<FormVariant> legacyVariant;
    private final boolean questionnaire;

    private FormMarkers(int start, int end, Optional<FormVariant> legacyVariant, boolean questionnaire) {
        this.start = start;
        this.end = end;
        this.legacyVariant = legacyVariant;
        this.questionnaire = questionnaire;
    }

    /**
     * The placement in {@code markdown}, if it has a feedback marker outside code: the text of a
     * marker in a fenced code block or a code span is an example, not a marker.
     */
    public static Optional<FormMarkers> find(String markdown) {
        return find(markdown, outsideCode(markdown));
    }

    /** Like {@link #find(String)}, taking a marker only where {@code isComment} says an HTML comment starts. */
    public static Optional<FormMarkers> find(String markdown, java.util.function.IntPredicate isComment) {
        Matcher marker = MARKER.matcher(markdown);
        boolean found;
        while ((found = marker.find()) && !isComment.test(marker.start())) {
            // text that reads as a marker but is not one: go on to the next
        }
        if (!found) {
            return Optional.empty();
        }
        boolean questionnaireMarker = marker.group(1).equals("questionnaire");
        Matcher legacy = LEGACY_START.matcher(markdown);
        if (legacy.find(marker.end()) && markdown.substring(marker.end(), legacy.start()).isBlank()) {
            int close = matchingClose(markdown, legacy.start());
            if (close > 0) {
                String block = markdown.substring(legacy.start(), close);
                boolean questionnaire = questionnaireMarker || QUESTIONNAIRE.matcher(legacy.group()).find();
                return Optional.of(new FormMarkers(marker.start(), close,
                        Optional.of(questionnaire ? FormVariant.FULL : variantOf(block)), questionnaire));
            }
        }
        return Optional.of(new FormMarkers(marker.start(), marker.end(), Optional.empty(), questionnaireMarker));
    }

    /**
     * Where the text is not code, as far as a scan of lines can tell without a Markdown parser:
     * outside fenced code blocks ({@code ```} or {@code ~~~}, up to three spaces in) and code spans
     * (a run of backticks up to the next run as long, on one line). A renderer that parses the page
     * knows better, and passes its own test to {@link #find(String, java.util.function.IntPredicate)}.
     */
    static java.util.function.IntPredicate outsideCode(String markdown) {
        java.util.BitSet code = new java.util.BitSet(markdown.length());
        Pattern fence = Pattern.compile("^ {0,3}(`{3,}|~{3,})", Pattern.MULTILINE);
        int lineStart = 0;
        String open = null;
        while (lineStart <= markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            String line = markdown.substring(lineStart, lineEnd);
            Matcher f = fence.matcher(line);
            if (open != null) {
                code.set(lineStart, lineEnd + 1);
                if (f.find() && f.group(1).charAt(0) == open.charAt(0) && f.group(1).length() >= open.length()
                        && line.substring(f.end()).isBlank()) {
                    open = null;
                }
            } else if (f.find()) {
                open = f.group(1);
                code.set(lineStart, lineEnd + 1);
            } else {
                Matcher ticks = Pattern.compile("`+").matcher(line);
                while (ticks.find()) {
                    int close = line.indexOf(ticks.group(), ticks.end());
                    while (close >= 0 && close + ticks.group().length() < line.length()
                            && line.charAt(close + ticks.group().length()) == '`') {
                        close = line.indexOf(ticks.group(), close + ticks.group().length() + 1);
                    }
                    if (close < 0) {
                        break;
                    }
                    code.set(lineStart + ticks.start(), lineStart + close + ticks.group().length());
                    ticks.region(close + ticks.group().length(), line.length());
                }
            }
            lineStart = lineEnd + 1;
        }
        return offset -> !code.get(offset);
    }

    private static int matchingClose(String text, int from) {
        Matcher tags = DIV_TAG.matcher(text);
        int depth = 0;
        tags.region(from, text.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return tags.end();
            }
        }
        return -1;
    }

    /** What a legacy block is: a demonstration, the full compact form, or the older minimal form. */
    static FormVariant variantOf(String block) {
        if (block.contains("is-demo") || block.matches("(?s).*data-disabled\\s*=\\s*\"true\".*")) {
            return FormVariant.DEMO;
        }
        if (block.contains("feedback-compact") || block.contains("mf-role")) {
            return FormVariant.FULL;
        }
        return FormVariant.MINIMAL;
    }

    /** Where the replaced text starts: the marker. */
    public int start() {
        return start;
    }

    /** Where the replaced text ends: after the legacy block, or after the marker if there is none. */
    public int end() {
        return end;
    }

    /** Whether the page carries the questionnaire. */
    public boolean questionnaire() {
        return questionnaire;
    }

    /** The variant of the legacy block, if one follows the marker. */
    public Optional<FormVariant> legacyVariant() {
        return legacyVariant;
    }
}
