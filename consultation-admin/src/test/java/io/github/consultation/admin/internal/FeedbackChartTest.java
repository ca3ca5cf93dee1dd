package io.github.consultation.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The team's chart and table count every reader, whether their role is in a group or not. */
class FeedbackChartTest {
    /** A park's consultation: two roles in a group, two in none, a group code equal to a role code. */
    private static final FormDefinition PARK;

    static {
        OptionGroup local = new OptionGroup("trader", "Local people");
        PARK = FormDefinition.pageFeedback().toBuilder().languages(Locale.ENGLISH)
                .roles(List.of(Option.of("resident", "Resident", local), Option.of("walker", "Dog walker", local),
                        Option.of("trader", "Local trader"), Option.of("councillor", "Councillor")))
                .build();
    }

    @Test
    void aRoleInNoGroupHasARowOfItsOwn() {
        FeedbackChart chart = new FeedbackChart(PARK, PARK.texts(Locale.ENGLISH));
        chart.add("resident", "", 2);
        chart.add("walker", "", 1);
        chart.add("trader", "", 4);
        chart.add("councillor", "other", 1);

        assertEquals(3, chart.count("resident", ""));
        assertEquals(4, chart.count("trader", ""));
        assertEquals(1, chart.count("councillor", "other"));

        Document table = Jsoup.parse(chart.table("Reflections by role group"));
        assertEquals(List.of("Local people", "Local trader", "Councillor"), table.select("tbody th").eachText());
        assertEquals("4", table.select("tbody tr").get(1).select("td").last().text());
        assertTrue(chart.svg("park", "/cost").contains("Local trader"));
    }

    @Test
    void chartNumbersReadOnTheirBars() {
        for (String fill : List.of("#009E73", "#E69F00", "#D55E00", "#56B4E9", "#CC79A7", "#0072B2", "#8C8C8C")) {
            String text = FeedbackChart.textOn(fill);
            assertTrue(contrast(fill, text) >= 4.5, fill + " with " + text + ": " + contrast(fill, text));
        }
    }

    private static double luminance(String hex) {
        String h = hex.length() == 4 ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3)
                + hex.charAt(3) : hex;
        double[] w = {0.2126, 0.7152, 0.0722};
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(h.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += w[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l;
    }

    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }
}
