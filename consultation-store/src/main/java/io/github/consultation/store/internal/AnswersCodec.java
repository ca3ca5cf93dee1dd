package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as the store keeps them: encoded as a form post is ({@code name=value&...}), in the
 * form's order, choices and ticks by code, scores by {@code <question>.<item>}; and read back
 * with the form's definition. One canonical text per content, so that its hash finds duplicates.
 */
final class AnswersCodec {
    private AnswersCodec() {
    }

    /** The canonical text of {@code answers}. */
    static String encode(Answers answers) {
        StringBuilder out = new StringBuilder(256);
        answers.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> pair(out, e.getKey(), e.getValue()));
        answers.choices().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> pair(out, e.getKey(), e.getValue().code()));
        answers.ticked().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(o -> pair(out, e.getKey(), o.code())));
        answers.scores().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().entrySet()
                .stream().sorted(Map.Entry.comparingByKey())
                .forEach(s -> pair(out, e.getKey() + "." + s.getKey(), String.valueOf(s.getValue()))));
        return out.toString();
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (out.length() > 0) {
            out.append('&');
        }
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * The answers {@code content} holds, read with {@code definition}, each stored code made an
     * option by {@code options} (which keeps a code the form no longer has); a question the form no
     * longer asks is kept as words, so that nothing stored is lost.
     */
    static Answers decode(String tab, String page, String content, Options options, FormDefinition definition) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Option> choices = new LinkedHashMap<>();
        Map<String, List<Option>> ticked = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (String pair : content.isEmpty() ? new String[0] : content.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            int dot = name.indexOf('.');
            Question q = definition.question(dot < 0 ? name : name.substring(0, dot)).orElse(null);
            if (q instanceof RatingQuestion && dot > 0) {
                scores.computeIfAbsent(q.name(), k -> new LinkedHashMap<>()).put(name.substring(dot + 1),
                        Integer.parseInt(value));
            } else if (q instanceof io.github.consultation.model.ChecklistQuestion) {
                options.of(q.name(), value).ifPresent(o -> ticked.computeIfAbsent(q.name(), k -> new ArrayList<>()).add(o));
            } else if (q instanceof io.github.consultation.model.ChoiceQuestion) {
                options.of(q.name(), value).ifPresent(o -> choices.put(q.name(), o));
            } else {
                texts.put(name, value);
            }
        }
        return new Answers(tab, page, texts, choices, ticked, scores);
    }

    /** The option a stored code stands for. */
    @FunctionalInterface
    interface Options {
        /** The option of {@code question} stored as {@code code}; empty for no code. */
        java.util.Optional<Option> of(String question, String code);
    }
}
