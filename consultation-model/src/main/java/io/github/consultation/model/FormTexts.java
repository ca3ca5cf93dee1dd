package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every text of one form in one language: what the form shows (heading, labels, hints,
 * placeholders, options, button, thanks) and what the validator says (messages). Resolved once
 * by {@link FormDefinition#texts(Locale)}: the host's own texts first, then this library's.
 * Texts are plain text, never HTML: every theme escapes them.
 *
 * <pre>{@code
 * FormTexts welsh = FormDefinition.pageFeedback().texts(Locale.forLanguageTag("cy"));
 * welsh.get("heading");                       // "Adborth ar y dudalen"
 * welsh.option(roleQuestion, role);           // the role's Welsh text
 * }</pre>
 *
 * <p>The keys are listed in the documentation's page on the form's definition (docs/docs/form/definition.md).
 */
public final class FormTexts {
    private final Locale locale;
    private final Map<String, String> texts;

    FormTexts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}.
     *
     * @throws IllegalArgumentException if the form has no such text
     */
    public String get(String key) {
        String text = texts.get(Checks.notNull(key, "key"));
        if (text == null) {
            throw new IllegalArgumentException("No text for " + key);
        }
        return text;
    }

    /** The text for {@code key}, if the form has one. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(Checks.notNull(key, "key")));
    }

    /**
     * The text for {@code key} with each of its placeholders ({@code {count}}, {@code {page}}, ...)
     * replaced by the value of that name in {@code values}, in one pass, so that nothing put in is
     * read as a placeholder again; a placeholder with no value is left as it is.
     *
     * <pre>{@code
     * texts.fill("admin.total", Map.of("count", 12));   // "Submissions in all: 12"
     * }</pre>
     *
     * @throws IllegalArgumentException if the form has no such text
     */
    public String fill(String key, Map<String, ?> values) {
        Checks.notNull(values, "values");
        String text = get(key);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', at)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            Object value = values.get(text.substring(open + 1, close));
            if (value == null) {
                out.append(text, at, open + 1);
                at = open + 1;
            } else {
                out.append(text, at, open).append(value);
                at = close + 1;
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The label (or legend) of {@code question}. */
    public String label(Question question) {
        return get("label." + question.name());
    }

    /** The hint of {@code question}, if it has one. */
    public Optional<String> hint(Question question) {
        return find("hint." + question.name());
    }

    /** How {@code option} of {@code question} is shown in this language. */
    public String option(Question question, Option option) {
        return find("option." + question.name() + "." + option.code()).orElse(option.text());
    }

    /** How the heading {@code group} is shown in this language. */
    public String group(OptionGroup group) {
        return find("group." + group.code()).orElse(group.text());
    }

    /**
     * These texts with {@code overrides} over them, key by key: for a renderer or validator that
     * changes a few texts in its own language only.
     *
     * @throws IllegalArgumentException if an override names a text the form does not have
     */
    public FormTexts with(Map<String, String> overrides) {
        if (Checks.notNull(overrides, "overrides").isEmpty()) {
            return this;
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>(texts);
        overrides.forEach((key, text) -> {
            if (!texts.containsKey(Checks.notNull(key, "key"))) {
                throw new IllegalArgumentException("The form has no text called '" + key + "'");
            }
            merged.put(key, Checks.notNull(text, "text"));
        });
        return new FormTexts(locale, merged);
    }

    /** Every text by key. */
    public Map<String, String> asMap() {
        return texts;
    }

    @Override
    public String toString() {
        return "FormTexts[" + locale.toLanguageTag() + ", " + texts.size() + " texts]";
    }
}
