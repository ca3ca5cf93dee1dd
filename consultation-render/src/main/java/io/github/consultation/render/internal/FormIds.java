package io.github.consultation.render.internal;

import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ElementIds;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of a form's elements: the definition's ids, each after an optional prefix so that two
 * forms can share a page. Immutable.
 */
public final class FormIds {
    private final String prefix;
    private final FormDefinition definition;
    private final ElementIds ids;

    /** The ids of {@code definition}'s form after {@code prefix} (possibly empty). */
    public FormIds(String prefix, FormDefinition definition) {
        this.prefix = prefix;
        this.definition = definition;
        this.ids = definition.ids();
    }

    /** Every id the form may carry, in any theme, variant and state. */
    public Set<String> all() {
        Set<String> all = new HashSet<>();
        for (String id : ids.all()) {
            all.add(prefix + id);
        }
        all.add(errorSummary() + "-title");
        all.add(success() + "-title");
        for (Question q : definition.questions()) {
            for (String id : controls(q)) {
                all.add(id);
                all.add(id + "-hint");
                all.add(id + "-error");
                all.add(id + "-info");
                all.add(id + "-item-hint");
            }
        }
        return Set.copyOf(all);
    }

    /** The ids of every control of {@code q}: one, or one per option or item. */
    public List<String> controls(Question q) {
        String base = prefix + q.id();
        if (q instanceof ChecklistQuestion) {
            int n = ((ChecklistQuestion) q).options().size();
            return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> i == 1 ? base : base + "-" + i).toList();
        }
        if (q instanceof RatingQuestion) {
            RatingQuestion r = (RatingQuestion) q;
            List<String> all = new java.util.ArrayList<>();
            for (Option item : r.items()) {
                String first = item(r, item);
                // One radio per point of the scale, and one for "no score".
                int radios = r.highest() - r.lowest() + 2;
                for (int n = 1; n <= radios; n++) {
                    all.add(n == 1 ? first : first + "-" + n);
                }
            }
            return all;
        }
        return List.of(base);
    }

    /** The id of the first control of {@code item} of a rating question. */
    public String item(RatingQuestion q, Option item) {
        return prefix + q.id() + "-" + item.code();
    }

    /** The wrapper around heading and form. */
    public String wrapper() {
        return prefix + ids.wrapper();
    }

    /** The form element. */
    public String form() {
        return prefix + ids.form();
    }

    /** The heading. */
    public String heading() {
        return prefix + ids.heading();
    }

    /** The hidden page control. */
    public String page() {
        return prefix + ids.page();
    }

    /** The honeypot input. */
    public String honeypot() {
        return prefix + ids.honeypot();
    }

    /** The success message. */
    public String success() {
        return prefix + ids.success();
    }

    /** The failure message. */
    public String failure() {
        return prefix + ids.failure();
    }

    /** The error summary. */
    public String errorSummary() {
        return prefix + ids.errorSummary();
    }

    /** The id of {@code q}'s (first) control. */
    public String control(Question q) {
        if (q instanceof TextQuestion && ((TextQuestion) q).filledByPage()) {
            return page();
        }
        if (q instanceof RatingQuestion) {
            RatingQuestion r = (RatingQuestion) q;
            return item(r, r.items().get(0));
        }
        return prefix + q.id();
    }

    /**
     * Where the error summary's link for {@code error} goes: the first control of its question
     * if the form shows it (for a rating question, of the item named after a dot, as
     * {@code rank_usefulness.data-tool-collaboration}), else the form itself.
     */
    public String target(FieldError error, FormVariant variant) {
        String field = error.field();
        int dot = field.indexOf('.');
        String name = dot < 0 ? field : field.substring(0, dot);
        Question q = definition.question(name).orElse(null);
        if (q == null || !definition.asks(variant, q) || (q instanceof TextQuestion && ((TextQuestion) q).filledByPage())) {
            return form();
        }
        if (q instanceof RatingQuestion && dot > 0) {
            RatingQuestion r = (RatingQuestion) q;
            return r.item(field.substring(dot + 1)).map(item -> item(r, item)).orElse(control(q));
        }
        return control(q);
    }
}
