package io.github.consultation.examples;

import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import io.github.consultation.model.RoleGroup;
import io.github.consultation.form.HtmlEscaper;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An SVG chart, drawn on the server, of one page's reflections by role group: a bar per role
 * group, split into what its readers thought. The question a consultation team asks first is
 * who liked a page and who did not. The chart is an image with a title and a description; the
 * same counts follow as a table for anyone who cannot see it.
 */
final class FeedbackChart {
    /** The reflections in chart order; empty stands for "no reflection given". */
    static final List<Optional<Reflection>> KINDS = List.of(Optional.of(Reflection.ENTHUSIASTIC),
            Optional.of(Reflection.UNSURE), Optional.of(Reflection.DISAGREE), Optional.of(Reflection.GENERAL_REFLECTION),
            Optional.of(Reflection.SPECIFIC_ISSUE), Optional.of(Reflection.OTHER), Optional.empty());
    /** A palette that colour-blind readers can tell apart (Okabe and Ito), in {@link #KINDS} order. */
    private static final List<String> COLOURS = List.of("#009E73", "#E69F00", "#D55E00", "#56B4E9", "#CC79A7",
            "#0072B2", "#8C8C8C");
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_WIDTH = 440;
    private static final int ROW = 30;

    private final Map<RoleGroup, int[]> counts = new EnumMap<>(RoleGroup.class);

    FeedbackChart() {
        for (RoleGroup group : RoleGroup.values()) {
            counts.put(group, new int[KINDS.size()]);
        }
    }

    /** Counts one submission; one without a role is left out. */
    void add(Optional<Role> role, Optional<Reflection> reflection) {
        role.ifPresent(r -> counts.get(r.group())[KINDS.indexOf(reflection)]++);
    }

    static String label(Optional<Reflection> kind) {
        return kind.map(Reflection::text).orElse("No reflection given");
    }

    /** The chart as inline SVG, with {@code idBase} making its ids unique on the page. */
    String svg(String idBase, String pageName) {
        int max = 1;
        for (int[] row : counts.values()) {
            int sum = 0;
            for (int n : row) {
                sum += n;
            }
            max = Math.max(max, sum);
        }
        int legendRows = (KINDS.size() + 1) / 2;
        int height = RoleGroup.values().length * ROW + 30 + legendRows * 22;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(LABEL_WIDTH + BAR_WIDTH + 20)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(idBase).append("-title ").append(idBase).append("-desc\">\n<title id=\"").append(idBase)
                .append("-title\">").append(HtmlEscaper.text("Reflections by role group: " + pageName))
                .append("</title>\n<desc id=\"").append(idBase).append("-desc\">").append(HtmlEscaper.text(description()))
                .append("</desc>\n");
        int y = 10;
        for (RoleGroup group : RoleGroup.values()) {
            svg.append("<text x=\"0\" y=\"").append(y + 19).append("\" font-size=\"14\">")
                    .append(HtmlEscaper.text(group.text())).append("</text>\n");
            int x = LABEL_WIDTH;
            int[] row = counts.get(group);
            for (int k = 0; k < KINDS.size(); k++) {
                if (row[k] == 0) {
                    continue;
                }
                int width = Math.max(2, Math.round((float) row[k] * BAR_WIDTH / max));
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(COLOURS.get(k)).append("\"/>\n");
                if (width >= 18) {
                    svg.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(y + 16)
                            .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"").append(textOn(COLOURS.get(k)))
                            .append("\">").append(row[k]).append("</text>\n");
                }
                x += width;
            }
            y += ROW;
        }
        y += 14;
        for (int k = 0; k < KINDS.size(); k++) {
            int column = k % 2;
            int line = k / 2;
            int lx = column * 320;
            int ly = y + line * 22;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS.get(k)).append("\"/>\n<text x=\"").append(lx + 20).append("\" y=\"").append(ly + 12)
                    .append("\" font-size=\"12\">").append(HtmlEscaper.text(label(KINDS.get(k)))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
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
        for (RoleGroup group : RoleGroup.values()) {
            int[] row = counts.get(group);
            StringBuilder parts = new StringBuilder();
            for (int k = 0; k < KINDS.size(); k++) {
                if (row[k] > 0) {
                    parts.append(parts.length() == 0 ? "" : ", ").append(row[k]).append(' ')
                            .append(label(KINDS.get(k)).toLowerCase(Locale.ROOT));
                }
            }
            d.append(group.text()).append(": ").append(parts.length() == 0 ? "none" : parts).append(". ");
        }
        return d.toString().strip();
    }

    /** The same counts as an HTML table. */
    String table(String caption) {
        StringBuilder t = new StringBuilder("<table class=\"counts\">\n<caption>").append(HtmlEscaper.text(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">Role group</th>");
        for (Optional<Reflection> kind : KINDS) {
            t.append("<th scope=\"col\">").append(HtmlEscaper.text(label(kind))).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (RoleGroup group : RoleGroup.values()) {
            t.append("<tr><th scope=\"row\">").append(HtmlEscaper.text(group.text())).append("</th>");
            for (int n : counts.get(group)) {
                t.append("<td>").append(n).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    int count(RoleGroup group, Optional<Reflection> kind) {
        return counts.get(group)[KINDS.indexOf(kind)];
    }
}
