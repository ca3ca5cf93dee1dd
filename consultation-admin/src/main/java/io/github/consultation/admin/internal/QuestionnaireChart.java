package io.github.consultation.admin.internal;

import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.store.AnswersSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rating question's scores, drawn on the server as SVG: a row per item, and on it a mark per
 * role group at the group's mean score, with a line across one spread (standard deviation) either
 * side; the same numbers follow as a table (mean, spread and count per group) for anyone who
 * cannot see the chart. Groups, items and the scale come from the form's definition.
 */
public final class QuestionnaireChart {
    /** A palette that colour-blind readers can tell apart (Okabe and Ito). */
    private static final List<String> COLOURS = List.of("#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7",
            "#E69F00", "#56B4E9");
    private static final int LABEL_WIDTH = 330;
    private static final int AXIS_WIDTH = 360;
    private static final int ROW = 34;

    private final RatingQuestion question;
    private final String title;
    /** The site's texts, in its language. */
    private final FormTexts texts;
    /** The form's texts, in the site's language: the items' words. */
    private final FormTexts formTexts;
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, AnswersSummary.Scores>> scores;

    /** The chart of {@code question} of {@code form}, from {@code summary}, in the language of the site's {@code texts}. */
    public QuestionnaireChart(FormDefinition form, RatingQuestion question, AnswersSummary summary, FormTexts texts) {
        this.question = question;
        this.texts = texts;
        this.formTexts = form.texts(texts.locale());
        this.title = formTexts.find("message.label." + question.name()).orElse(formTexts.label(question));
        groups.put(AnswersSummary.EVERYONE, texts.get("admin.chart.everyone"));
        form.question("role").map(ChoiceQuestion.class::cast).ifPresent(role -> {
            for (Option o : role.options()) {
                groups.putIfAbsent(o.group().map(OptionGroup::code).orElse(o.code()),
                        o.group().map(formTexts::group).orElseGet(() -> formTexts.option(role, o)));
            }
        });
        this.scores = summary.scores().getOrDefault(question.name(), Map.of());
    }

    private String colour(int group) {
        return COLOURS.get(group % COLOURS.size());
    }

    private double x(double score) {
        return LABEL_WIDTH + (score - question.lowest()) * AXIS_WIDTH / (question.highest() - question.lowest());
    }

    /** The chart; {@code idBase} makes its ids unique on the page. */
    public String svg(String idBase) {
        List<String> keys = new ArrayList<>(groups.keySet());
        int height = question.items().size() * ROW + 40 + ((keys.size() + 2) / 3) * 20;
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(LABEL_WIDTH + AXIS_WIDTH + 30)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"").append(idBase)
                .append("-title\">\n<title id=\"").append(idBase).append("-title\">")
                .append(HtmlEscaper.text(texts.fill("admin.scores.title", Map.of("label", title))))
                .append("</title>\n");
        for (int v = question.lowest(); v <= question.highest(); v++) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b1b4b6\"/>%n"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>%n",
                    x(v), x(v), question.items().size() * ROW + 8, x(v), question.items().size() * ROW + 22, v));
        }
        int y = 8;
        for (Option item : question.items()) {
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"12\">")
                    .append(HtmlEscaper.text(formTexts.option(question, item)))
                    .append("</text>\n");
            Map<String, AnswersSummary.Scores> byGroup = scores.getOrDefault(item.code(), Map.of());
            for (int g = 0; g < keys.size(); g++) {
                AnswersSummary.Scores s = byGroup.get(keys.get(g));
                if (s == null || s.count() == 0) {
                    continue;
                }
                int cy = y + 4 + g * 4;
                double low = Math.max(question.lowest(), s.mean() - s.spread());
                double high = Math.min(question.highest(), s.mean() + s.spread());
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                        + " stroke-width=\"2\"/>%n<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\"/>%n",
                        x(low), cy, x(high), cy, colour(g), x(s.mean()), cy, colour(g)));
            }
            y += ROW;
        }
        y = question.items().size() * ROW + 40;
        for (int g = 0; g < keys.size(); g++) {
            int lx = (g % 3) * 240;
            int ly = y + (g / 3) * 20;
            svg.append("<circle cx=\"").append(lx + 6).append("\" cy=\"").append(ly - 4).append("\" r=\"5\" fill=\"")
                    .append(colour(g)).append("\"/>\n<text x=\"").append(lx + 16).append("\" y=\"").append(ly)
                    .append("\" font-size=\"12\">").append(HtmlEscaper.text(groups.get(keys.get(g)))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The same numbers as a table: a row per item, per group its mean, spread and count. */
    public String table() {
        StringBuilder t = new StringBuilder("<table class=\"scores\">\n<caption>")
                .append(HtmlEscaper.text(texts.fill("admin.scores.caption", Map.of("label", title))))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(HtmlEscaper.text(texts.get("admin.scores.item")))
                .append("</th>");
        for (String name : groups.values()) {
            t.append("<th scope=\"col\">").append(HtmlEscaper.text(name)).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (Option item : question.items()) {
            t.append("<tr><th scope=\"row\">").append(HtmlEscaper.text(formTexts.option(question, item))).append("</th>");
            Map<String, AnswersSummary.Scores> byGroup = scores.getOrDefault(item.code(), Map.of());
            for (String key : groups.keySet()) {
                AnswersSummary.Scores s = byGroup.get(key);
                t.append("<td>").append(s == null || s.count() == 0 ? "\u2013"
                        : String.format(Locale.ROOT, "%.1f \u00b1 %.1f (%d)", s.mean(), s.spread(), s.count())).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }
}
