package io.github.consultation.validate.internal;

import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The validator's messages in one language, read from the form's texts (keys
 * {@code message.<field>.<code>}, {@code message.any.<code>}, {@code message.submission.<code>},
 * {@code message.label.<field>}) with the lengths filled in from the form's rules. Immutable.
 */
public final class Messages {
    private final FormDefinition definition;
    private final FormTexts texts;
    private final Map<String, String> overrides;

    private Messages(FormDefinition definition, FormTexts texts, Map<String, String> overrides) {
        this.definition = definition;
        this.texts = texts;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The messages of {@code definition} in {@code locale}'s language, with the host's
     * {@code overrides} (full keys) over them.
     *
     * @throws IllegalStateException if an override names a text the form does not have
     */
    public static Messages of(FormDefinition definition, Locale locale, Map<String, String> overrides) {
        FormTexts texts = definition.texts(locale);
        for (String key : overrides.keySet()) {
            if (!texts.asMap().containsKey(key)) {
                throw new IllegalStateException("The form has no text called '" + key + "'");
            }
        }
        return new Messages(definition, texts, overrides);
    }

    /** The language of the messages. */
    public Locale locale() {
        return texts.locale();
    }

    /** The message for {@code code} on the field sent as {@code field}. */
    public String forField(String field, String code) {
        String template = lookup("message." + field + "." + code).or(() -> lookup("message.any." + code)).orElse(code);
        String label = lookup("message.label." + field).or(() -> lookup("label." + field)).orElse(field);
        Optional<FieldRules> rules = definition.question(field).map(q -> definition.rules(field));
        return template
                .replace("{label}", label)
                .replace("{name}", field)
                .replace("{min}", rules.map(r -> String.valueOf(r.minLength().orElse(0))).orElse(""))
                .replace("{max}", rules.map(r -> r.maxLength().isPresent() ? String.valueOf(r.maxLength().getAsInt()) : "")
                        .orElse(""));
    }

    /** The message for {@code code} about the whole submission, {@code {limit}} replaced by {@code limit}. */
    public String forSubmission(String code, long limit) {
        return lookup("message.submission." + code).orElse(code).replace("{limit}", String.valueOf(limit));
    }

    private Optional<String> lookup(String key) {
        String text = overrides.get(key);
        return text != null ? Optional.of(text) : texts.find(key);
    }
}
