package io.github.consultation.model.internal;

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
    private static final Pattern MARKER = Pattern.compile("<!--+\\s*feedback form\\b[^>]*?-->");
    private static final Pattern LEGACY_START =
            Pattern.compile("<div\\b[^>]*\\bclass\\s*=\\s*\"[^\"]*\\bfeedback-section\\b[^\"]*\"[^>]*>");
    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final int start;
    private final int end;
    private final Optional<FormVariant> legacyVariant;

    private FormMarkers(int start, int end, Optional<FormVariant> legacyVariant) {
        this.start = start;
        this.end = end;
        this.legacyVariant = legacyVariant;
    }

    /** The placement in {@code markdown}, if it has a feedback marker. */
    public static Optional<FormMarkers> find(String markdown) {
        Matcher marker = MARKER.matcher(markdown);
        if (!marker.find()) {
            return Optional.empty();
        }
        Matcher legacy = LEGACY_START.matcher(markdown);
        if (legacy.find(marker.end()) && markdown.substring(marker.end(), legacy.start()).isBlank()) {
            int close = matchingClose(markdown, legacy.start());
            if (close > 0) {
                String block = markdown.substring(legacy.start(), close);
                return Optional.of(new FormMarkers(marker.start(), close, Optional.of(variantOf(block))));
            }
        }
        return Optional.of(new FormMarkers(marker.start(), marker.end(), Optional.empty()));
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

    /** The variant of the legacy block, if one follows the marker. */
    public Optional<FormVariant> legacyVariant() {
        return legacyVariant;
    }
}
