package io.github.consultation.validate.internal;

import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.RatingQuestion;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validator's messages in one language, read from the form's texts (keys
 * {@code message.<field>.<code>}, {@code message.any.<code>}, {@code message.submission.<code>},
 * {@code message.label.<field>}) with the lengths filled in from the form's rules. A language
 * built on a base (French on English) says its own general message before a particular one it
 * would only borrow from its base: a French reader reads French, not the base's English. Immutable.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(label|name|item|min|max|tab)\\}");

    private final FormDefinition definition;
    private final FormTexts texts;
    private final Map<String, String> overrides;
    /** The texts this language takes from its base because it gives none of its own. */
    private final Set<String> borrowed;

    private Messages(FormDefinition definition, FormTexts texts, Map<String, String> overrides) {
        this.definition = definition;
        this.texts = texts;
        this.overrides = Map.copyOf(overrides);
        this.borrowed = Set.copyOf(definition.untranslated(texts.locale()));
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
        Target t = target(field);
        return compose(t, code, UnaryOperator.identity(), t.item().orElse(detail), t.min(), t.max());
    }

    /**
     * The message for {@code code} on {@code field} as a Jakarta Bean Validation message template,
     * for the provider to interpolate: every text of the form in it, with the parameters
     * {@code {min}}, {@code {max}} and (unless the field is a rating item, whose text it names)
     * {@code {item}} left for the provider, and the characters its templates treat specially
     * ({@code \ $ { }}) escaped elsewhere. {@link #forField} is this template with the parameters filled in.
     */
    public String template(String field, String code) {
        Target t = target(field);
        return compose(t, code, Messages::escapeForTemplate, t.item().map(Messages::escapeForTemplate).orElse("{item}"),
                "{min}", "{max}");
    }

    /**
     * The parameters {@link #template} leaves for {@code field}: {@code min} and {@code max} (its
     * lengths, or its rating scale), in the order named.
     */
    public String[] parameters(String field) {
        Target t = target(field);
        return new String[] {t.min(), t.max()};
    }

    /** What a field's messages are about: its question, its item if it is one, and the lengths or scale. */
    private record Target(String field, String question, Optional<String> item, String min, String max) {
    }

    private Target target(String field) {
        String question = field;
        Optional<String> item = Optional.empty();
        Optional<RatingQuestion> rating;
        int dot = field.indexOf('.');
        if (dot > 0) {
            rating = definition.question(field.substring(0, dot)).filter(RatingQuestion.class::isInstance)
                    .map(RatingQuestion.class::cast);
            if (rating.isPresent()) {
                RatingQuestion r = rating.get();
                question = r.name();
                item = r.item(field.substring(dot + 1)).map(o -> texts.option(r, o));
            }
        } else {
            rating = definition.question(field).filter(RatingQuestion.class::isInstance).map(RatingQuestion.class::cast);
        }
        if (rating.isPresent()) {
            return new Target(field, question, item, String.valueOf(rating.get().lowest()),
                    String.valueOf(rating.get().highest()));
        }
        String q = question;
        Optional<FieldRules> rules = definition.question(question).map(x -> definition.rules(q));
        return new Target(field, question, item, rules.map(r -> String.valueOf(r.minLength().orElse(0))).orElse(""),
                rules.map(r -> r.maxLength().isPresent() ? String.valueOf(r.maxLength().getAsInt()) : "").orElse(""));
    }

    /**
     * The message's text with its placeholders replaced in one pass, so that nothing put in is read
     * as a placeholder again: {@code {label}} and {@code {name}} by the question's, passed through
     * {@code text} with the text around them, and so is {@code {tab}} by the form's tab; {@code {item}},
     * {@code {min}} and {@code {max}} as given.
     */
    private String compose(Target t, String code, UnaryOperator<String> text, String item, String min, String max) {
        String template = first("message." + t.field() + "." + code, "message." + t.question() + "." + code,
                "message.any." + code).orElse(code);
        String label = first("message.label." + t.question(), "label." + t.question()).orElse(t.question());
        StringBuilder out = new StringBuilder(template.length() + 32);
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(text.apply(template.substring(at, m.start())));
            switch (m.group(1)) {
                case "label" -> out.append(text.apply(label));
                case "name" -> out.append(text.apply(t.question()));
                case "item" -> out.append(item);
                case "min" -> out.append(min);
                case "tab" -> out.append(text.apply(definition.tab()));
                default -> out.append(max);
            }
            at = m.end();
        }
        return out.append(text.apply(template.substring(at))).toString();
    }

    /** {@code text} with the characters a Bean Validation message template treats specially escaped. */
    public static String escapeForTemplate(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '$' || c == '{' || c == '}') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The message for {@code code} about the whole submission, {@code {limit}} replaced by {@code limit}. */
    public String forSubmission(String code, long limit) {
        return lookup("message.submission." + code).orElse(code).replace("{limit}", String.valueOf(limit));
    }

    /**
     * The text of the first of {@code keys} (the most particular first) that this language or the
     * host gives; failing that, of the first its base lends it.
     */
    private Optional<String> first(String... keys) {
        for (String key : keys) {
            if (overrides.containsKey(key) || !borrowed.contains(key)) {
                Optional<String> text = lookup(key);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        for (String key : keys) {
            Optional<String> text = lookup(key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<String> lookup(String key) {
        String text = overrides.get(key);
        return text != null ? Optional.of(text) : texts.find(key);
    }
}
