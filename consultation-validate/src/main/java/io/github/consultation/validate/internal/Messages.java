package io.github.consultation.validate.internal;

import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.RatingQuestion;
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
        return forField(field, code, "");
    }

    /**
     * The message for {@code code} on the field sent as {@code field}; {@code detail} is what the
     * submission said that the problem is about (an item or option it named), for {@code {item}}.
     * A rating question's item, sent as {@code <name>.<code>}, takes its question's messages and
     * label, and its own text as {@code {item}}; its {@code {min}} and {@code {max}} are the scale's.
     */
    public String forField(String field, String code, String detail) {
        String question = field;
        String item = detail;
        Optional<RatingQuestion> rating = Optional.empty();
        int dot = field.indexOf('.');
        if (dot > 0) {
            rating = definition.question(field.substring(0, dot)).filter(RatingQuestion.class::isInstance)
                    .map(RatingQuestion.class::cast);
            if (rating.isPresent()) {
                question = rating.get().name();
                RatingQuestion r = rating.get();
                item = r.item(field.substring(dot + 1)).map(o -> texts.option(r, o)).orElse(detail);
            }
        } else {
            rating = definition.question(field).filter(RatingQuestion.class::isInstance).map(RatingQuestion.class::cast);
        }
        String q = question;
        String template = lookup("message." + field + "." + code).or(() -> lookup("message." + q + "." + code))
                .or(() -> lookup("message.any." + code)).orElse(code);
        String label = lookup("message.label." + question).or(() -> lookup("label." + q)).orElse(question);
        String min;
        String max;
        if (rating.isPresent()) {
            min = String.valueOf(rating.get().lowest());
            max = String.valueOf(rating.get().highest());
        } else {
            Optional<FieldRules> rules = definition.question(question).map(x -> definition.rules(q));
            min = rules.map(r -> String.valueOf(r.minLength().orElse(0))).orElse("");
            max = rules.map(r -> r.maxLength().isPresent() ? String.valueOf(r.maxLength().getAsInt()) : "").orElse("");
        }
        return template.replace("{label}", label).replace("{name}", question).replace("{item}", item)
                .replace("{min}", min).replace("{max}", max);
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
