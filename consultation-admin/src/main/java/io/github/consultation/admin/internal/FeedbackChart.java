package io.github.consultation.admin.internal;

import io.github.consultation.render.HtmlEscaper;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An SVG chart, drawn on the server, of one page's reflections by role group: a bar per role
 * group, and one per role for roles in no group, split into what its readers
 * thought. The question a consultation team asks first is who liked a page and who did not. The
 * rows, columns and their names come from the form's definition. The chart is an image with a
 * title and a description; the same counts follow as a table for anyone who cannot see it.
 */
public final class FeedbackChart {
    /** A palette that colour-blind readers can tell apart (Okabe and Ito), then greys. */
    private static final List<String> COLOURS = List.of("#009E73", "#E69F00", "#D55E00", "#56B4E9", "#CC79A7",
            "#0072B2", "#F0E442", "#000000", "#8C8C8C", "#5F5F5F");
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_WIDTH = 440;
    private static final int ROW = 30;

    /** A row of the chart: a role group, a role, or everyone. */
    private record Row(String key, String label) {
    }

    private final FormDefinition definition;
    /** The site's texts, in its language. */
    private final FormTexts siteTexts;
    private final List<Row> rows = new ArrayList<>();
    /** The reflections in chart order, then "none given" (the empty code). */
    private final List<String> kinds = new ArrayList<>();
    private final Map<String, String> kindLabels = new LinkedHashMap<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    /** The chart of {@code definition}'s answers, in the language of the site's {@code siteTexts}. */
    public FeedbackChart(FormDefinition definition, FormTexts siteTexts) {
        this.definition = definition;
        this.siteTexts = siteTexts;
        FormTexts texts = definition.texts(siteTexts.locale());
        Optional<ChoiceQuestion> role = definition.question("role").map(ChoiceQuestion.class::cast);
        if (role.isPresent()) {
            // A row per group, where its first role stands, and one for each role in no group, so
            // that a form mixing the two counts every reader.
            for (Option o : role.get().options()) {
                String key = rowKey(o);
                if (rows.stream().noneMatch(r -> r.key().equals(key))) {
                    rows.add(new Row(key, o.group().map(texts::group).orElseGet(() -> texts.option(role.get(), o))));
                }
            }
        } else {
            rows.add(new Row("", siteTexts.get("admin.chart.everyone")));
        }
        definition.question("nature").map(ChoiceQuestion.class::cast).ifPresent(q -> q.options().forEach(o -> {
            kinds.add(o.code());
            kindLabels.put(o.code(), texts.option(q, o));
        }));
        kinds.add("");
        kindLabels.put("", siteTexts.get(definition.question("nature").isPresent() ? "admin.chart.no-reflection"
                : "admin.chart.feedback"));
        rows.forEach(r -> counts.put(r.key(), new long[kinds.size()]));
    }

    /**
     * Counts {@code n} submissions with the role and reflection of these codes ("" for none). A
     * submission without a role, or with a role or reflection the form no longer has, is left out.
     */
    public void add(String role, String reflection, long n) {
        String rowKey;
        if (rows.size() == 1 && rows.get(0).key().isEmpty()) {
            rowKey = "";
        } else {
            rowKey = definition.option("role", role).map(FeedbackChart::rowKey).orElse(null);
        }
        int kind = kinds.indexOf(reflection);
        long[] row = rowKey == null ? null : counts.get(rowKey);
        if (row != null && kind >= 0) {
            row[kind] += n;
        }
    }

    String label(String kind) {
        return kindLabels.get(kind);
    }

    /** The chart as inline SVG, with {@code idBase} making its ids unique on the page. */
    public String svg(String idBase, String pageName) {
        long max = 1;
        for (long[] row : counts.values()) {
            long sum = 0;
            for (long n : row) {
                sum += n;
            }
            max = Math.max(max, sum);
        }
        int legendRows = (kinds.size() + 1) / 2;
        int height = rows.size() * ROW + 30 + legendRows * 22;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(LABEL_WIDTH + BAR_WIDTH + 20)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(idBase).append("-title ").append(idBase).append("-desc\">\n<title id=\"").append(idBase)
                .append("-title\">").append(HtmlEscaper.text(siteTexts.fill("admin.chart.title", Map.of("page", pageName))))
                .append("</title>\n<desc id=\"").append(idBase).append("-desc\">").append(HtmlEscaper.text(description()))
                .append("</desc>\n");
        int y = 10;
        for (Row r : rows) {
            svg.append("<text x=\"0\" y=\"").append(y + 19).append("\" font-size=\"14\">")
                    .append(HtmlEscaper.text(r.label())).append("</text>\n");
            int x = LABEL_WIDTH;
            long[] row = counts.get(r.key());
            for (int k = 0; k < kinds.size(); k++) {
                if (row[k] == 0) {
                    continue;
                }
                int width = (int) Math.max(2, Math.round((double) row[k] * BAR_WIDTH / max));
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour(k)).append("\"/>\n");
                if (width >= 18) {
                    svg.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(y + 16)
                            .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"").append(textOn(colour(k)))
                            .append("\">").append(row[k]).append("</text>\n");
                }
                x += width;
            }
            y += ROW;
        }
        y += 14;
        for (int k = 0; k < kinds.size(); k++) {
            int lx = (k % 2) * 320;
            int ly = y + (k / 2) * 22;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(k)).append("\"/>\n<text x=\"").append(lx + 20).append("\" y=\"").append(ly + 12)
                    .append("\" font-size=\"12\">").append(HtmlEscaper.text(label(kinds.get(k)))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The colour of column {@code k}; "none given" is always the last, grey. */
    private String colour(int k) {
        return k == kinds.size() - 1 ? "#8C8C8C" : COLOURS.get(k % (COLOURS.size() - 2));
    }

    /** Black or white, whichever reads better on {@code fill} (by WCAG relative luminance). */
    static String textOn(String fill) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(fill.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            luminance += weights[i] * c;
        }
        // Contrast with black is (L + 0.05) / 0.05 and with white 1.05 / (L + 0.05); they meet at about 0.179.
        return luminance > 0.179 ? "#000" : "#fff";
    }

    /** The counts in words, for the chart's description. */
    String description() {
        StringBuilder d = new StringBuilder();
        for (Row r : rows) {
            long[] row = counts.get(r.key());
            StringBuilder parts = new StringBuilder();
            for (int k = 0; k < kinds.size(); k++) {
                if (row[k] > 0) {
                    parts.append(parts.length() == 0 ? "" : ", ").append(row[k]).append(' ')
                            .append(label(kinds.get(k)).toLowerCase(siteTexts.locale()));
                }
            }
            d.append(r.label()).append(": ").append(parts.length() == 0 ? siteTexts.get("admin.chart.none") : parts)
                    .append(". ");
        }
        return d.toString().strip();
    }

    /** The same counts as an HTML table. */
    public String table(String caption) {
        StringBuilder t = new StringBuilder("<table class=\"counts\">\n<caption>").append(HtmlEscaper.text(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(HtmlEscaper.text(siteTexts.get("admin.chart.role-group"))).append("</th>");
        for (String kind : kinds) {
            t.append("<th scope=\"col\">").append(HtmlEscaper.text(label(kind))).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            t.append("<tr><th scope=\"row\">").append(HtmlEscaper.text(r.label())).append("</th>");
            for (long n : counts.get(r.key())) {
                t.append("<td>").append(n).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    /** The row of a role: its group's, or its own when it is in none (group and role codes kept apart). */
    private static String rowKey(Option role) {
        return role.group().map(g -> "group:" + g.code()).orElse("role:" + role.code());
    }

    /**
     * The count of the row of role {@code roleCode} (its group's, when it has one) and reflection
     * {@code kind} (a code, or "" for none).
     */
    long count(String roleCode, String kind) {
        String key = definition.option("role", roleCode).map(FeedbackChart::rowKey).orElse("");
        return counts.get(key)[kinds.indexOf(kind)];
    }
}
