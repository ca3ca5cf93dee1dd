package io.github.consultation.admin;

import io.github.consultation.admin.internal.FeedbackChart;
import io.github.consultation.admin.internal.QuestionnaireChart;
import io.github.consultation.admin.internal.TicksChart;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.store.AnswersSummary;
import io.github.consultation.store.FeedbackStore;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The consultation team's views of what came in, read from the store a page at a time so that a
 * national consultation's million submissions show in a small heap. Each view is a title and a
 * body of HTML (every value escaped for its context) that a host puts in its own document, behind
 * its own sign-in; the addresses the views link to are the ones this class names, under one path:
 *
 * <ul>
 *   <li>{@link #path()}: each page's count, with a chart of reflections by role group (drawn on the
 *       server as SVG, then the same numbers as a table), the CSV link, the erase form, and the
 *       questionnaire's mean scores by role group and its most ticked activities;
 *   <li>{@link #submissionsPath()}{@code ?page=/slug&after=ID}: a page's submissions,
 *       {@value #PAGE_SIZE} at a time, oldest first;
 *   <li>{@link #csvPath()} and {@link #questionnaireCsvPath()}: every submission as CSV, streamed
 *       ({@link #csv}, {@link #questionnaireCsv});
 *   <li>{@link #erasePath()}: the erase form's target (the host erases with
 *       {@link FeedbackStore#eraseEmail} and shows {@link #erased}).
 * </ul>
 *
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * AdminViews admin = AdminViews.builder(store).form(definition).questionnaire(FormDefinition.questionnaire())
 *         .pages(List.of("/", "/timetable/")).path("/admin/feedback").build();
 * AdminViews.Page overview = admin.overview(Map.of("_csrf", token));   // hidden fields of the erase form
 * writeDocument(overview.title(), overview.body());
 * }</pre>
 */
public final class AdminViews {
    /** How many submissions one view of a page's submissions lists. */
    public static final int PAGE_SIZE = 50;

    /**
     * One admin view, for the host's document.
     *
     * @param title the view's title, as text (the host escapes it where it writes it)
     * @param body the view's body, as HTML whose every value is escaped
     */
    public record Page(String title, String body) {
        /** Checks that neither is null. */
        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
        }
    }

    private final FeedbackStore store;
    private final FormDefinition form;
    private final @Nullable FormDefinition questionnaire;
    private final List<String> pages;
    private final String path;
    /** The site's texts in the views' language: every word the views say. */
    private final FormTexts texts;

    private AdminViews(Builder b) {
        this.store = b.store;
        this.form = b.form != null ? b.form : store.forms().get(0);
        this.questionnaire = b.questionnaire;
        this.pages = List.copyOf(b.pages);
        this.path = b.path;
        this.texts = form.texts(b.locale != null ? b.locale : form.languages().get(0));
    }

    /** Starts configuring the views of what {@code store} keeps. */
    public static Builder builder(FeedbackStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * The views' language: every word they say is in it. A host writes it as its document's
     * {@code lang}, so that a screen reader speaks the views in their own language.
     */
    public Locale locale() {
        return texts.locale();
    }

    /** The overview's address. */
    public String path() {
        return path;
    }

    /** The address of the page form's CSV. */
    public String csvPath() {
        return path + ".csv";
    }

    /** The address of the questionnaire's CSV. */
    public String questionnaireCsvPath() {
        return path + "/questionnaire.csv";
    }

    /** The address of a page's submissions (with {@code ?page=} and {@code after=}). */
    public String submissionsPath() {
        return path + "/submissions";
    }

    /** The address the erase form posts to. */
    public String erasePath() {
        return path + "/erase";
    }

    /** The questionnaire, when the site has one. */
    public Optional<FormDefinition> questionnaire() {
        return Optional.ofNullable(questionnaire);
    }

    /** Writes every submission of the page form as CSV to {@code out}, as the database reads it; returns how many. */
    public long csv(Writer out) throws SQLException, IOException {
        return store.exportCsv(form.tab(), out);
    }

    /**
     * Writes every answer to the questionnaire as CSV to {@code out}; returns how many.
     *
     * @throws IllegalStateException if the site has no questionnaire
     */
    public long questionnaireCsv(Writer out) throws SQLException, IOException {
        return store.exportCsv(questionnaire().orElseThrow(() -> new IllegalStateException("The site has no questionnaire"))
                .tab(), out);
    }

    /**
     * Each page with its count and chart, from the database's counts (the submissions themselves are
     * a link away), the CSV links, the erase form with the host's {@code eraseFields} as hidden
     * fields (its CSRF token, say), and the questionnaire's answers added up. Every word is the
     * site's, in the views' language.
     */
    public Page overview(Map<String, String> eraseFields) throws SQLException {
        Map<String, List<FeedbackStore.Count>> byPage = new LinkedHashMap<>();
        for (String page : pages) {
            byPage.put(pageKey(page), new ArrayList<>());
        }
        long total = 0;
        for (FeedbackStore.Count count : store.counts(form.tab())) {
            byPage.computeIfAbsent(count.page(), k -> new ArrayList<>()).add(count);
            total += count.count();
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(HtmlEscaper.text(texts.fill("admin.total", Map.of("count", total)))).append(" <a href=\"")
                .append(HtmlEscaper.url(csvPath())).append("\">").append(HtmlEscaper.text(texts.get("admin.csv")))
                .append("</a></p>\n");
        body.append("<form method=\"post\" action=\"").append(HtmlEscaper.url(erasePath())).append("\" class=\"erase\">\n");
        eraseFields.forEach((name, value) -> body.append("<input type=\"hidden\" name=\"").append(HtmlEscaper.attribute(name))
                .append("\" value=\"").append(HtmlEscaper.attribute(value)).append("\">\n"));
        body.append("<label for=\"erase-email\">").append(HtmlEscaper.text(texts.get("admin.erase.label")))
                .append("</label>\n")
                .append("<input type=\"email\" id=\"erase-email\" name=\"email\" autocomplete=\"off\" spellcheck=\"false\" required>\n")
                .append("<button type=\"submit\">").append(HtmlEscaper.text(texts.get("admin.erase.button")))
                .append("</button>\n</form>\n");
        int n = 0;
        for (Map.Entry<String, List<FeedbackStore.Count>> page : byPage.entrySet()) {
            n++;
            String name = page.getKey().isEmpty() ? texts.get("admin.no-page") : page.getKey();
            long count = page.getValue().stream().mapToLong(FeedbackStore.Count::count).sum();
            body.append("<section class=\"page-feedback\">\n<h2>")
                    .append(HtmlEscaper.text(texts.fill("admin.page", Map.of("page", name, "count", count)))).append("</h2>\n");
            if (count == 0) {
                body.append("<p>").append(HtmlEscaper.text(texts.get("admin.none-yet"))).append("</p>\n");
            } else {
                FeedbackChart chart = new FeedbackChart(form, texts);
                page.getValue().forEach(c -> chart.add(c.role(), c.reflection(), c.count()));
                body.append(chart.svg("chart-" + n, name)).append(chart.table(texts.fill("admin.chart.caption",
                                Map.of("page", name))))
                        .append("<p><a href=\"").append(HtmlEscaper.url(submissionsPath() + "?page=" + query(page.getKey())))
                        .append("\">").append(HtmlEscaper.text(texts.fill("admin.read", Map.of("page", name, "count", count))))
                        .append("</a></p>\n");
            }
            body.append("</section>\n");
        }
        if (questionnaire != null) {
            questionnaire(questionnaire, body);
        }
        return new Page(texts.get("admin.title"), body.toString());
    }

    /**
     * The questionnaire's answers added up, under its own heading: each rating question's scores by
     * role group, drawn and tabled; each checklist's options most ticked.
     */
    private void questionnaire(FormDefinition questionnaire, StringBuilder body) throws SQLException {
        AnswersSummary summary = store.summarise(questionnaire.tab());
        FormTexts formTexts = questionnaire.texts(texts.locale());
        body.append("<section class=\"questionnaire\">\n<h2>").append(HtmlEscaper.text(texts.fill("admin.form",
                        Map.of("form", formTexts.get("heading"), "count", summary.count()))))
                .append("</h2>\n<p><a href=\"").append(HtmlEscaper.url(questionnaireCsvPath())).append("\">")
                .append(HtmlEscaper.text(texts.get("admin.form.csv"))).append("</a></p>\n");
        if (summary.count() > 0) {
            int n = 0;
            for (Question q : questionnaire.questions()) {
                if (q instanceof RatingQuestion rating) {
                    QuestionnaireChart chart = new QuestionnaireChart(questionnaire, rating, summary, texts);
                    body.append(chart.svg("scores-" + ++n)).append(chart.table());
                }
            }
            int[] chart = {0};
            summary.ticks().forEach((name, byOption) -> {
                ChecklistQuestion checklist = (ChecklistQuestion) questionnaire.question(name).orElseThrow();
                Map<String, Long> most = new LinkedHashMap<>();
                byOption.entrySet().stream().filter(e -> e.getValue() > 0).limit(10).forEach(e -> {
                    Option o = checklist.option(e.getKey()).orElseThrow();
                    most.put(o.group().map(g -> formTexts.group(g) + ": ").orElse("") + formTexts.option(checklist, o),
                            e.getValue());
                });
                if (!most.isEmpty()) {
                    String label = formTexts.find("message.label." + name).orElse(formTexts.label(checklist));
                    TicksChart ticks = new TicksChart(texts.fill("admin.ticks.title", Map.of("label", label)), most, texts);
                    body.append(ticks.svg("ticks-" + ++chart[0])).append(ticks.table(label));
                }
            });
        }
        body.append("</section>\n");
    }

    /**
     * The submissions for {@code page} ("" for those with no page), {@value #PAGE_SIZE} at a time
     * from the one after {@code after}, each batch read by its key from where the last ended, with
     * a link to the next batch when there is one.
     */
    public Page submissions(String page, long after) throws SQLException {
        Objects.requireNonNull(page, "page");
        List<FeedbackStore.StoredAnswers> rows = store.read(form.tab(), page, after, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<FeedbackStore.StoredAnswers> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        String name = page.isEmpty() ? texts.get("admin.every-page") : page;
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"").append(HtmlEscaper.url(path)).append("\">").append(HtmlEscaper.text(texts.get("admin.back")))
                .append("</a></p>\n").append(table(shown, name));
        if (more) {
            body.append("<p><a href=\"").append(HtmlEscaper.url(submissionsPath() + "?page=" + query(page) + "&after="
                    + shown.get(shown.size() - 1).id())).append("\">")
                    .append(HtmlEscaper.text(texts.fill("admin.next", Map.of("count", PAGE_SIZE)))).append("</a></p>\n");
        }
        return new Page(texts.fill("admin.submissions.title", Map.of("page", name)), body.toString());
    }

    /** What the team sees after erasing {@code count} submissions by an email address. */
    public Page erased(int count) {
        return new Page(texts.get("admin.erased.title"), "<p>"
                + HtmlEscaper.text(texts.fill("admin.erased", Map.of("count", count))) + "</p>\n<p><a href=\""
                + HtmlEscaper.url(path) + "\">" + HtmlEscaper.text(texts.get("admin.erased.back")) + "</a></p>\n");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Pages compare without a trailing slash, so {@code /a} and {@code /a/} are one page. */
    static String pageKey(String page) {
        return page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    }

    /**
     * The submissions as a table, a column for each question the form asks, headed by its name in
     * messages; a choice shows its option in the views' language, a rating each item's score, a
     * checklist its ticked options. Line breaks in the free text are kept: the text is escaped as
     * it is, and the cells show its line breaks ({@code white-space: pre-line} in the stylesheet).
     */
    private String table(List<FeedbackStore.StoredAnswers> rows, String name) {
        FormTexts formTexts = form.texts(texts.locale());
        List<Question> asked = form.questions().stream().filter(q -> !q.name().equals(FormDefinition.PAGE)).toList();
        StringBuilder t = new StringBuilder("<table class=\"submissions\">\n<caption>")
                .append(HtmlEscaper.text(texts.fill("admin.table.caption", Map.of("page", name))))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(HtmlEscaper.text(texts.get("admin.received")))
                .append("</th>");
        for (Question q : asked) {
            t.append("<th scope=\"col\">").append(HtmlEscaper.text(formTexts.find("message.label." + q.name())
                    .orElse(formTexts.label(q)))).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (FeedbackStore.StoredAnswers row : rows) {
            t.append("<tr>");
            String received = row.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
                    .replace("Z", " UTC");
            t.append("<td class=\"text\">").append(HtmlEscaper.text(received)).append("</td>");
            for (Question q : asked) {
                t.append("<td class=\"text\">").append(HtmlEscaper.text(cell(row.answers(), q, formTexts))).append("</td>");
            }
            t.append("</tr>\n");
        }
        if (rows.isEmpty()) {
            t.append("<tr><td colspan=\"").append(asked.size() + 1).append("\">")
                    .append(HtmlEscaper.text(texts.get("admin.no-submissions"))).append("</td></tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    /** One answer as the table shows it. */
    private static String cell(Answers answers, Question q, FormTexts texts) {
        if (q instanceof RatingQuestion rating) {
            List<String> scores = new ArrayList<>();
            for (Option item : rating.items()) {
                Integer score = answers.scores(q.name()).get(item.code());
                if (score != null) {
                    scores.add(texts.option(q, item) + ": " + score);
                }
            }
            return String.join("\n", scores);
        }
        if (q instanceof ChecklistQuestion) {
            return String.join("\n", answers.ticked(q.name()).stream().map(o -> texts.option(q, o)).toList());
        }
        return answers.choice(q.name()).map(o -> texts.option(q, o)).orElse(answers.text(q.name()));
    }

    /**
     * Configures {@link AdminViews}.
     *
     * <pre>{@code
     * AdminViews.builder(store).form(definition).pages(addresses).path("/admin/feedback").build();
     * }</pre>
     */
    public static final class Builder {
        private final FeedbackStore store;
        private @Nullable FormDefinition form;
        private @Nullable FormDefinition questionnaire;
        private List<String> pages = List.of();
        private String path = "/admin/feedback";
        private @Nullable Locale locale;

        private Builder(FeedbackStore store) {
            this.store = store;
        }

        /**
         * The views' language, one the page form speaks: every word of the views is the site's
         * text ({@code admin.*}) in it. Default: the page form's first language.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** The page form, whose submissions the views count and list. Default: the store's first form. */
        public Builder form(FormDefinition form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /** The site's questionnaire, whose answers the overview adds up. Default: none. */
        public Builder questionnaire(FormDefinition questionnaire) {
            this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
            return this;
        }

        /**
         * The site's pages' addresses, in reading order: the overview lists each, with no feedback
         * yet or with its count, before any other page that has feedback. Default: none.
         */
        public Builder pages(List<String> pages) {
            this.pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
            return this;
        }

        /** The overview's address, the other views' below it. Default {@code /admin/feedback}. */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * Builds the views.
         *
         * @throws IllegalStateException if the locale is not one the page form speaks, or the path does not
         *     start with {@code /}, or ends with one
         *     (the other views' addresses are below it), or a form is not one the store keeps
         */
        public AdminViews build() {
            if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
                throw new IllegalStateException("The admin path must start with / and not end with one, not '" + path + "'");
            }
            List<String> tabs = store.forms().stream().map(FormDefinition::tab).toList();
            for (FormDefinition f : java.util.Arrays.asList(form, questionnaire)) {
                if (f != null && !tabs.contains(f.tab())) {
                    throw new IllegalStateException("The store keeps no form " + f.tab() + " (it keeps " + tabs + ")");
                }
            }
            FormDefinition pageForm = form != null ? form : store.forms().get(0);
            if (locale != null && pageForm.languages().stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
                throw new IllegalStateException("The page form does not speak " + locale.toLanguageTag() + " (it speaks "
                        + pageForm.languages() + ")");
            }
            return new AdminViews(this);
        }
    }
}
