package io.github.consultation.validate.internal;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.Option;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.Question;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.validate.ErrorCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A form's rules compiled once, at the validator's {@code build()}, from its definition: for each
 * question, what its answer must satisfy. One check per question, the most basic problem first
 * (required, then too short, too long, format). Immutable and safe to share between threads.
 *
 * <p>This is the only place the rules are enforced; the HTML attributes and the JSON Schema are
 * read from the same definition, and {@code SchemaAgreementTest} checks that the schema agrees.
 */
public final class AnswerChecks {
    /** A whole number of one or two digits: any score a scale of at most ten points can give. */
    private static final Pattern SCORE = Pattern.compile("-?[0-9]{1,2}");

    private final FormDefinition definition;
    /** Each question's own pattern, compiled once. */
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    /** The checks of {@code definition}. */
    public AnswerChecks(FormDefinition definition) {
        this.definition = definition;
        for (Question q : definition.questions()) {
            if (q instanceof TextQuestion t && !t.pattern().isEmpty()) {
                patterns.put(q.name(), Pattern.compile(t.pattern()));
            }
        }
    }

    /**
     * The problem with {@code value}, a normalised answer to {@code question} in a form of
     * {@code variant}, if it has one: its error code.
     */
    public Optional<String> check(Question question, FormVariant variant, String value) {
        return Optional.ofNullable(problem(question, question.required() && definition.asks(variant, question), value));
    }

    /**
     * The code of the problem with {@code value}, a normalised answer to the text or choice
     * {@code question} ({@code required} or not), or null if it has none.
     */
    public @Nullable String problem(Question question, boolean required, String value) {
        if (value.isEmpty()) {
            return required ? ErrorCodes.REQUIRED : null;
        }
        if (question instanceof TextQuestion t) {
            if (value.length() < t.minLength()) {
                return ErrorCodes.TOO_SHORT;
            }
            if (value.length() > t.maxLength()) {
                return ErrorCodes.TOO_LONG;
            }
            if (t.email() && !EmailAddress.matches(value)) {
                return ErrorCodes.FORMAT;
            }
            Pattern own = patterns.get(t.name());
            if (own != null && !own.matcher(value).matches()) {
                return ErrorCodes.FORMAT;
            }
            return null;
        }
        return definition.option(question.name(), value).isPresent() ? null : ErrorCodes.UNKNOWN_OPTION;
    }

    /**
     * Checks every answer of {@code answers} (normalised, by question name) against the rules of
     * {@code variant}; the problems found, by question name, are added to {@code problems} where a
     * question has none yet.
     */
    public void checkAll(Map<String, String> answers, FormVariant variant, Map<String, String> problems) {
        checkAll(answers, Map.of(), variant, problems);
    }

    /**
     * Like {@link #checkAll(Map, FormVariant, Map)}, with the checklists' ticked option codes in
     * {@code lists}. A rating question's scores are each checked under its item's own name
     * ({@code <name>.<code>}): a whole number on the scale, every item scored when it is required.
     */
    public void checkAll(Map<String, String> answers, Map<String, List<String>> lists, FormVariant variant,
            Map<String, String> problems) {
        for (Question q : definition.questions()) {
            if (problems.containsKey(q.name())) {
                continue;
            }
            if (q instanceof RatingQuestion) {
                RatingQuestion r = (RatingQuestion) q;
                boolean required = r.required() && definition.asks(variant, r);
                for (Option item : r.items()) {
                    String name = r.controlName(item);
                    String code = problems.containsKey(name) ? null : score(r, answers.getOrDefault(name, ""), required);
                    if (code != null) {
                        problems.put(name, code);
                    }
                }
            } else if (q instanceof ChecklistQuestion) {
                if (q.required() && definition.asks(variant, q) && lists.getOrDefault(q.name(), List.of()).isEmpty()) {
                    problems.put(q.name(), ErrorCodes.REQUIRED);
                }
            } else {
                check(q, variant, answers.getOrDefault(q.name(), "")).ifPresent(code -> problems.put(q.name(), code));
            }
        }
    }

    /** The code of the problem with one score (not a whole number from the scale's lowest to its highest), or null. */
    public static @Nullable String score(RatingQuestion r, String value, boolean required) {
        if (value.isEmpty()) {
            return required ? ErrorCodes.REQUIRED : null;
        }
        if (!SCORE.matcher(value).matches()) {
            return ErrorCodes.NOT_ON_SCALE;
        }
        int score = Integer.parseInt(value);
        return score >= r.lowest() && score <= r.highest() ? null : ErrorCodes.NOT_ON_SCALE;
    }

    /** The option an answer names, for a choice question; empty for text or no answer. */
    public Optional<Option> option(String question, String value) {
        return value.isEmpty() ? Optional.empty() : definition.option(question, value);
    }

    /**
     * Orders problems as the form asks its questions, then the names every form has (honeypot,
     * tab, token), then any other names in the order found.
     */
    public Map<String, String> inFormOrder(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : FieldNames.inFormOrder(definition)) {
            String code = problems.get(name);
            if (code != null) {
                ordered.put(name, code);
            }
        }
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
