package io.github.consultation.validate.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.Submission;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.validate.ErrorCodes;
import io.github.consultation.validate.FormTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The machinery behind a validator: one form's rules, compiled once, in one language. Takes what a
 * binder read ({@link RawSubmission}), normalises each value, checks spam signs, the page and the
 * rules, and decides once: a {@link Decision}. Immutable and safe to share between threads.
 */
public final class Decider {
    private static final int CHOICE_HARD_LIMIT = 1000;

    private final FormDefinition definition;
    private final Messages messages;
    private final AnswerChecks checks;
    private final FieldNames.Shape shape;
    private final PageCatalogue pages;
    private final @Nullable FormTokens formTokens;
    private final boolean contentRules;
    private final int maxBytes;

    /**
     * The rules of {@code definition} with messages in {@code messages}' language, pages known by
     * {@code pages}, tokens checked by {@code formTokens} (or none), content rules on or off;
     * {@code maxBytes} is the payload limit the messages name.
     */
    public Decider(FormDefinition definition, Messages messages, PageCatalogue pages, @Nullable FormTokens formTokens,
            boolean contentRules, int maxBytes) {
        this.definition = definition;
        this.messages = messages;
        this.checks = new AnswerChecks(definition);
        this.shape = FieldNames.Shape.of(definition);
        this.pages = pages;
        this.formTokens = formTokens;
        // Content rules read a page-feedback form's summary and details: a form without a summary has none.
        this.contentRules = contentRules && definition.question(FeedbackField.SUMMARY).isPresent();
        this.maxBytes = maxBytes;
    }

    /** What a binder needs to know of the form. */
    public FieldNames.Shape shape() {
        return shape;
    }

    /** The language of the messages. */
    public Locale locale() {
        return messages.locale();
    }

    /** The error about a whole submission with {@code code}. */
    public FieldError submissionError(String code) {
        return new FieldError(FieldError.WHOLE_SUBMISSION, code, messages.forSubmission(code, maxBytes));
    }

    /**
     * The page a submission names, normalised as the rules will normalise it (or as it would be
     * shown again, if it is refused): what a host's page language is looked up by, before the
     * submission is decided.
     */
    public String page(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        int hardLimit = hardLimit(definition.question(FormDefinition.PAGE).orElse(null));
        TextNormaliser.Result result = TextNormaliser.normalise(raw, false, hardLimit);
        return result.refused() ? TextNormaliser.forDisplay(raw, hardLimit) : PageAddress.normalise(result.value());
    }

    /**
     * Checks a feedback object as it is, without normalising it: for feedback a host built itself,
     * from the form {@code variant}. The decision is valid or invalid.
     */
    public Decision decide(Feedback feedback, FormVariant variant) {
        Map<String, String> answers = new LinkedHashMap<>();
        Submission submission = Submission.of(feedback);
        submission.values().forEach((name, values) -> answers.put(name, values.get(0)));
        Map<String, String> problems = new LinkedHashMap<>();
        optionProblem(FeedbackField.ROLE, feedback.role(), problems);
        optionProblem(FeedbackField.REFLECTION, feedback.reflection(), problems);
        for (FeedbackField field : FeedbackField.values()) {
            if (definition.question(field).isEmpty() && !answers.getOrDefault(field.formName(), "").isEmpty()) {
                problems.put(field.formName(), ErrorCodes.UNKNOWN_FIELD);
            }
        }
        checks.checkAll(answers, variant, problems);
        if (problems.isEmpty()) {
            return Decision.valid(answersOf(answers, Map.of(), feedback.page()), definition, () -> submission);
        }
        return Decision.invalid(submission, errors(checks.inFormOrder(problems), new RawSubmission()));
    }

    /** An option that is not the form's own (another code, or the same code with another text) is unknown. */
    private void optionProblem(FeedbackField field, Optional<Option> option, Map<String, String> problems) {
        if (option.isPresent() && !definition.option(field.formName(), option.get().code()).equals(option)) {
            problems.put(field.formName(), definition.question(field).isPresent() ? ErrorCodes.UNKNOWN_OPTION
                    : ErrorCodes.UNKNOWN_FIELD);
        }
    }

    /** Decides on what a binder read; {@code forced} is the variant the host knows the page carries, or null to look the page up. */
    public Decision decide(RawSubmission raw, @Nullable FormVariant forced) {
        String unreadable = raw.unreadableCode();
        if (unreadable != null) {
            return Decision.unreadable(submissionError(unreadable));
        }
        String honeypot = raw.values().getOrDefault(FieldNames.HONEYPOT, "");
        if (!honeypot.isBlank()) {
            return Decision.spam(Submission.of(raw.values()), "honeypot");
        }

        Map<String, String> problems = new LinkedHashMap<>();
        raw.problems().forEach(p -> problems.putIfAbsent(p.field(), p.code()));
        String tab = raw.values().get(FieldNames.TAB);
        if (tab != null && !tab.strip().equals(definition.tab())) {
            problems.putIfAbsent(FieldNames.TAB, ErrorCodes.UNSUPPORTED_FORM);
        }

        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> clean = new LinkedHashMap<>();
        Map<String, List<String>> shownLists = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            if (q instanceof ChecklistQuestion) {
                List<String> ticked = raw.lists().get(q.name());
                if (ticked != null) {
                    shownLists.put(q.name(), ticked);
                }
                continue;
            }
            List<String> names = q instanceof RatingQuestion ? ((RatingQuestion) q).items().stream()
                    .map(((RatingQuestion) q)::controlName).toList() : List.of(q.name());
            for (String name : names) {
                String value = raw.values().get(name);
                if (value == null) {
                    continue;
                }
                boolean multiline = q instanceof TextQuestion && ((TextQuestion) q).multiline();
                int hardLimit = hardLimit(q);
                TextNormaliser.Result result = TextNormaliser.normalise(value, multiline, hardLimit);
                if (result.refused()) {
                    problems.putIfAbsent(name, result.errorCode());
                    shown.put(name, TextNormaliser.forDisplay(value, hardLimit));
                } else {
                    String normalised = name.equals(FormDefinition.PAGE) ? PageAddress.normalise(result.value())
                            : result.value();
                    clean.put(name, normalised);
                    shown.put(name, normalised);
                }
            }
        }
        Map<String, List<String>> shownAll = new LinkedHashMap<>();
        shown.forEach((name, value) -> shownAll.put(name, List.of(value)));
        shownAll.putAll(shownLists);
        Submission submission = Submission.ofLists(shownAll);
        String page = clean.getOrDefault(FormDefinition.PAGE, "");

        Optional<String> tokenSpam = tokenSpamReason(raw.values().get(FieldNames.TOKEN), page);
        if (tokenSpam.isPresent()) {
            return Decision.spam(submission, tokenSpam.get());
        }

        FormVariant variant = forced == null ? FormVariant.FULL : forced;
        if (forced == null && !page.isEmpty() && !problems.containsKey(FormDefinition.PAGE)) {
            Optional<FormVariant> knownPage = pages.variantOf(page);
            if (knownPage.isEmpty()) {
                problems.put(FormDefinition.PAGE, ErrorCodes.UNKNOWN_PAGE);
            } else {
                variant = knownPage.get();
            }
        }
        if (!variant.takesAnswers()) {
            // A demonstration form takes nothing: that is the one thing to say.
            return Decision.invalid(submission, List.of(fieldError(FormDefinition.PAGE, ErrorCodes.FORM_CLOSED)));
        }

        checks.checkAll(clean, shownLists, variant, problems);
        if (!problems.isEmpty()) {
            return Decision.invalid(submission, errors(checks.inFormOrder(problems), raw));
        }
        Answers answers = answersOf(clean, shownLists, page);
        if (contentRules) {
            Optional<String> reason = ContentRules.spamReason(answers);
            if (reason.isPresent()) {
                return Decision.spam(submission, reason.get());
            }
        }
        return Decision.valid(answers, definition, () -> submission);
    }

    /** The longest raw value of {@code q} normalised at all: twice its greatest length and a little, or a choice's. */
    private static int hardLimit(@Nullable Question q) {
        return q instanceof TextQuestion ? ((TextQuestion) q).maxLength() * 2 + 100 : CHOICE_HARD_LIMIT;
    }

    /** The answers of valid, normalised values: each kind of question read as its kind. */
    private Answers answersOf(Map<String, String> clean, Map<String, List<String>> lists, String page) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Option> choices = new LinkedHashMap<>();
        Map<String, List<Option>> ticked = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            if (q instanceof TextQuestion) {
                String value = clean.getOrDefault(q.name(), "");
                if (!((TextQuestion) q).filledByPage() && !value.isEmpty()) {
                    texts.put(q.name(), value);
                }
            } else if (q instanceof ChoiceQuestion) {
                checks.option(q.name(), clean.getOrDefault(q.name(), "")).ifPresent(o -> choices.put(q.name(), o));
            } else if (q instanceof ChecklistQuestion) {
                List<Option> options = new ArrayList<>();
                for (Option o : ((ChecklistQuestion) q).options()) {
                    if (lists.getOrDefault(q.name(), List.of()).contains(o.code())) {
                        options.add(o);
                    }
                }
                if (!options.isEmpty()) {
                    ticked.put(q.name(), options);
                }
            } else {
                RatingQuestion r = (RatingQuestion) q;
                Map<String, Integer> byItem = new LinkedHashMap<>();
                for (Option item : r.items()) {
                    String value = clean.getOrDefault(r.controlName(item), "");
                    if (!value.isEmpty()) {
                        byItem.put(item.code(), Integer.parseInt(value));
                    }
                }
                if (!byItem.isEmpty()) {
                    scores.put(q.name(), byItem);
                }
            }
        }
        return new Answers(definition.tab(), page, texts, choices, ticked, scores);
    }

    /** Why the token marks the submission as spam, if it does; no token, or no key configured, is no reason. */
    private Optional<String> tokenSpamReason(@Nullable String token, String page) {
        if (formTokens == null || token == null || token.isEmpty()) {
            return Optional.empty();
        }
        FormTokens.Check check = formTokens.check(token, page);
        return check == FormTokens.Check.VALID ? Optional.empty()
                : Optional.of("token-" + check.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The errors, each with its message; a binder's note of what it was about (an unknown item) goes into it. */
    private List<FieldError> errors(Map<String, String> problems, RawSubmission raw) {
        List<FieldError> errors = new ArrayList<>(problems.size());
        problems.forEach((name, code) -> {
            String detail = raw.problems().stream().filter(p -> p.field().equals(name) && p.code().equals(code))
                    .map(RawSubmission.BindingProblem::detail).findFirst().orElse("");
            errors.add(new FieldError(name, code, messages.forField(name, code, detail)));
        });
        return errors;
    }

    private FieldError fieldError(String field, String code) {
        return new FieldError(field, code, messages.forField(field, code, ""));
    }
}
