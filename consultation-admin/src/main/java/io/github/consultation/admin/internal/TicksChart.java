package io.github.consultation.admin.internal;

import io.github.consultation.model.FormTexts;
import io.github.consultation.render.HtmlEscaper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A checklist's most ticked options, drawn on the server as SVG (a bar per option, longest first,
 * its count at its end) and then as a table of the same counts for anyone who cannot see it.
 */
public final class TicksChart {
    private static final int LABEL_WIDTH = 470;
    private static final int BAR_WIDTH = 220;
    private static final int ROW = 24;

    private final String caption;
    private final Map<String, Long> counts;
    private final FormTexts texts;

    /** {@code counts}: each option's words and how often it was ticked, most first; {@code texts}: the site's. */
    public TicksChart(String caption, Map<String, Long> counts, FormTexts texts) {
        this.caption = caption;
        this.counts = new LinkedHashMap<>(counts);
        this.texts = texts;
    }

    /** The chart; {@code idBase} makes its ids unique on the page. */
    public String svg(String idBase) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(LABEL_WIDTH + BAR_WIDTH + 50)
                .append("\" height=\"").append(counts.size() * ROW + 8).append("\" role=\"img\" aria-labelledby=\"")
                .append(idBase).append("-title\">\n<title id=\"").append(idBase).append("-title\">")
                .append(HtmlEscaper.text(texts.fill("admin.ticks.chart", Map.of("label", caption)))).append("</title>\n");
        int y = 4;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            double width = Math.max(1, e.getValue() * (double) BAR_WIDTH / most);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(HtmlEscaper.text(shorten(e.getKey()))).append("</text>\n")
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#0072B2\"/>%n"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%d</text>%n",
                            LABEL_WIDTH, y + 3, width, LABEL_WIDTH + width + 6, y + 15, e.getValue()));
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    /** The same counts as a table, with the options' whole words. */
    public String table(String firstColumn) {
        StringBuilder t = new StringBuilder("<table class=\"ticks\">\n<caption>").append(HtmlEscaper.text(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(HtmlEscaper.text(firstColumn))
                .append("</th><th scope=\"col\">").append(HtmlEscaper.text(texts.get("admin.ticks.count")))
                .append("</th></tr></thead>\n<tbody>\n");
        counts.forEach((text, count) -> t.append("<tr><td>").append(HtmlEscaper.text(text)).append("</td><td>").append(count)
                .append("</td></tr>\n"));
        return t.append("</tbody>\n</table>\n").toString();
    }

    /** Long option texts are cut in the chart (about 75 characters fit its labels); the table has them whole. */
    private static String shorten(String text) {
        return text.length() <= 75 ? text : text.substring(0, 74).strip() + "\u2026";
    }
}
