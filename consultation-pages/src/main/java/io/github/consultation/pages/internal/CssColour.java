package io.github.consultation.pages.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSS colour as authors write one, and the WCAG arithmetic on it: relative luminance, contrast
 * ratio, and the nearest colour of the same hue that meets a contrast. Reads every named colour
 * of CSS Color Level 4, {@code #rgb}, {@code #rgba}, {@code #rrggbb}, {@code #rrggbbaa},
 * {@code rgb()}, {@code rgba()}, {@code hsl()} and {@code hsla()} in both their comma and space
 * forms, alpha included; nothing else.
 *
 * @param r red, 0 to 255
 * @param g green, 0 to 255
 * @param b blue, 0 to 255
 * @param alpha opacity, 0 to 1
 */
public record CssColour(double r, double g, double b, double alpha) {
    private static final String[] NAMED = {
            "aliceblue f0f8ff", "antiquewhite faebd7", "aqua 00ffff", "aquamarine 7fffd4", "azure f0ffff",
            "beige f5f5dc", "bisque ffe4c4", "black 000000", "blanchedalmond ffebcd", "blue 0000ff",
            "blueviolet 8a2be2", "brown a52a2a", "burlywood deb887", "cadetblue 5f9ea0", "chartreuse 7fff00",
            "chocolate d2691e", "coral ff7f50", "cornflowerblue 6495ed", "cornsilk fff8dc", "crimson dc143c",
            "cyan 00ffff", "darkblue 00008b", "darkcyan 008b8b", "darkgoldenrod b8860b", "darkgray a9a9a9",
            "darkgreen 006400", "darkgrey a9a9a9", "darkkhaki bdb76b", "darkmagenta 8b008b",
            "darkolivegreen 556b2f", "darkorange ff8c00", "darkorchid 9932cc", "darkred 8b0000",
            "darksalmon e9967a", "darkseagreen 8fbc8f", "darkslateblue 483d8b", "darkslategray 2f4f4f",
            "darkslategrey 2f4f4f", "darkturquoise 00ced1", "darkviolet 9400d3", "deeppink ff1493",
            "deepskyblue 00bfff", "dimgray 696969", "dimgrey 696969", "dodgerblue 1e90ff", "firebrick b22222",
            "floralwhite fffaf0", "forestgreen 228b22", "fuchsia ff00ff", "gainsboro dcdcdc",
            "ghostwhite f8f8ff", "gold ffd700", "goldenrod daa520", "gray 808080", "green 008000",
            "greenyellow adff2f", "grey 808080", "honeydew f0fff0", "hotpink ff69b4", "indianred cd5c5c",
            "indigo 4b0082", "ivory fffff0", "khaki f0e68c", "lavender e6e6fa", "lavenderblush fff0f5",
            "lawngreen 7cfc00", "lemonchiffon fffacd", "lightblue add8e6", "lightcoral f08080",
            "lightcyan e0ffff", "lightgoldenrodyellow fafad2", "lightgray d3d3d3", "lightgreen 90ee90",
            "lightgrey d3d3d3", "lightpink ffb6c1", "lightsalmon ffa07a", "lightseagreen 20b2aa",
            "lightskyblue 87cefa", "lightslategray 778899", "lightslategrey 778899", "lightsteelblue b0c4de",
            "lightyellow ffffe0", "lime 00ff00", "limegreen 32cd32", "linen faf0e6", "magenta ff00ff",
            "maroon 800000", "mediumaquamarine 66cdaa", "mediumblue 0000cd", "mediumorchid ba55d3",
            "mediumpurple 9370db", "mediumseagreen 3cb371", "mediumslateblue 7b68ee",
            "mediumspringgreen 00fa9a", "mediumturquoise 48d1cc", "mediumvioletred c71585",
            "midnightblue 191970", "mintcream f5fffa", "mistyrose ffe4e1", "moccasin ffe4b5",
            "navajowhite ffdead", "navy 000080", "oldlace fdf5e6", "olive 808000", "olivedrab 6b8e23",
            "orange ffa500", "orangered ff4500", "orchid da70d6", "palegoldenrod eee8aa", "palegreen 98fb98",
            "paleturquoise afeeee", "palevioletred db7093", "papayawhip ffefd5", "peachpuff ffdab9",
            "peru cd853f", "pink ffc0cb", "plum dda0dd", "powderblue b0e0e6", "purple 800080",
            "rebeccapurple 663399", "red ff0000", "rosybrown bc8f8f", "royalblue 4169e1", "saddlebrown 8b4513",
            "salmon fa8072", "sandybrown f4a460", "seagreen 2e8b57", "seashell fff5ee", "sienna a0522d",
            "silver c0c0c0", "skyblue 87ceeb", "slateblue 6a5acd", "slategray 708090", "slategrey 708090",
            "snow fffafa", "springgreen 00ff7f", "steelblue 4682b4", "tan d2b48c", "teal 008080",
            "thistle d8bfd8", "tomato ff6347", "turquoise 40e0d0", "violet ee82ee", "wheat f5deb3",
            "white ffffff", "whitesmoke f5f5f5", "yellow ffff00", "yellowgreen 9acd32"};

    private static final Map<String, CssColour> BY_NAME = byName();
    private static final String NUMBER = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?%?";
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})");
    private static final Pattern FUNCTION = Pattern.compile("(rgba?|hsla?)\\(\\s*(" + NUMBER + "(?:deg|turn|rad|grad)?)"
            + "(?:\\s*,\\s*|\\s+)(" + NUMBER + ")(?:\\s*,\\s*|\\s+)(" + NUMBER + ")(?:\\s*(?:,|/)\\s*(" + NUMBER + "))?\\s*\\)");

    private static Map<String, CssColour> byName() {
        Map<String, CssColour> map = new HashMap<>();
        for (String entry : NAMED) {
            String[] parts = entry.split(" ");
            map.put(parts[0], hex(parts[1]));
        }
        map.put("transparent", new CssColour(0, 0, 0, 0));
        return Map.copyOf(map);
    }

    /** The named colours of CSS Color Level 4, and {@code transparent}. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    private static CssColour hex(String digits) {
        String d = digits;
        if (d.length() <= 4) {
            StringBuilder full = new StringBuilder();
            for (char c : d.toCharArray()) {
                full.append(c).append(c);
            }
            d = full.toString();
        }
        double alpha = d.length() == 8 ? Integer.parseInt(d.substring(6, 8), 16) / 255.0 : 1;
        return new CssColour(Integer.parseInt(d.substring(0, 2), 16), Integer.parseInt(d.substring(2, 4), 16),
                Integer.parseInt(d.substring(4, 6), 16), alpha);
    }

    /** The colour {@code value} names, if it is one of the forms above (case and surrounding space aside). */
    public static Optional<CssColour> parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        CssColour named = BY_NAME.get(v);
        if (named != null) {
            return Optional.of(named);
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            return Optional.of(hex(hex.group(1)));
        }
        Matcher f = FUNCTION.matcher(v);
        if (!f.matches()) {
            return Optional.empty();
        }
        double alpha = f.group(5) == null ? 1 : clamp(fraction(f.group(5)), 0, 1);
        if (f.group(1).startsWith("rgb")) {
            return Optional.of(new CssColour(channel(f.group(2)), channel(f.group(3)), channel(f.group(4)), alpha));
        }
        double hue = hue(f.group(2));
        if (!f.group(3).endsWith("%") || !f.group(4).endsWith("%")) {
            return Optional.empty();
        }
        double s = clamp(fraction(f.group(3)), 0, 1);
        double l = clamp(fraction(f.group(4)), 0, 1);
        double[] rgb = fromHsl(hue, s, l);
        return Optional.of(new CssColour(rgb[0], rgb[1], rgb[2], alpha));
    }

    private static double fraction(String n) {
        return n.endsWith("%") ? Double.parseDouble(n.substring(0, n.length() - 1)) / 100 : Double.parseDouble(n);
    }

    private static double channel(String n) {
        return clamp(n.endsWith("%") ? fraction(n) * 255 : Double.parseDouble(n), 0, 255);
    }

    private static double hue(String n) {
        double h;
        if (n.endsWith("turn")) {
            h = Double.parseDouble(n.substring(0, n.length() - 4)) * 360;
        } else if (n.endsWith("grad")) {
            h = Double.parseDouble(n.substring(0, n.length() - 4)) * 0.9;
        } else if (n.endsWith("rad")) {
            h = Math.toDegrees(Double.parseDouble(n.substring(0, n.length() - 3)));
        } else if (n.endsWith("deg")) {
            h = Double.parseDouble(n.substring(0, n.length() - 3));
        } else {
            h = Double.parseDouble(n.replace("%", ""));
        }
        return ((h % 360) + 360) % 360;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double[] fromHsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb;
        if (h < 60) {
            rgb = new double[] {c, x, 0};
        } else if (h < 120) {
            rgb = new double[] {x, c, 0};
        } else if (h < 180) {
            rgb = new double[] {0, c, x};
        } else if (h < 240) {
            rgb = new double[] {0, x, c};
        } else if (h < 300) {
            rgb = new double[] {x, 0, c};
        } else {
            rgb = new double[] {c, 0, x};
        }
        return new double[] {(rgb[0] + m) * 255, (rgb[1] + m) * 255, (rgb[2] + m) * 255};
    }

    /** This colour's hue (degrees), saturation and lightness (0 to 1). */
    private double[] hsl() {
        double rr = r / 255;
        double gg = g / 255;
        double bb = b / 255;
        double max = Math.max(rr, Math.max(gg, bb));
        double min = Math.min(rr, Math.min(gg, bb));
        double l = (max + min) / 2;
        double d = max - min;
        if (d == 0) {
            return new double[] {0, 0, l};
        }
        double s = d / (1 - Math.abs(2 * l - 1));
        double h;
        if (max == rr) {
            h = 60 * (((gg - bb) / d) % 6);
        } else if (max == gg) {
            h = 60 * ((bb - rr) / d + 2);
        } else {
            h = 60 * ((rr - gg) / d + 4);
        }
        return new double[] {(h + 360) % 360, Math.min(1, s), l};
    }

    /** This colour seen over {@code background}: its alpha blended away. */
    public CssColour over(CssColour background) {
        if (alpha >= 1) {
            return this;
        }
        CssColour bg = background.alpha >= 1 ? background : background.over(new CssColour(255, 255, 255, 1));
        return new CssColour(r * alpha + bg.r * (1 - alpha), g * alpha + bg.g * (1 - alpha), b * alpha + bg.b * (1 - alpha), 1);
    }

    /** WCAG 2.2's relative luminance of this (opaque) colour. */
    public double luminance() {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(double channel) {
        double c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG's contrast ratio of {@code foreground} over {@code background}, from 1 to 21. */
    public static double contrast(CssColour foreground, CssColour background) {
        CssColour bg = background.over(new CssColour(255, 255, 255, 1));
        double a = foreground.over(bg).luminance();
        double c = bg.luminance();
        return (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05);
    }

    /**
     * The colour of this hue and saturation, lightness moved as little as it takes (darker over a
     * light background, lighter over a dark one), whose contrast over {@code background} is at
     * least {@code target}; black or white if no lightness of this hue reaches it.
     */
    public CssColour adjustedFor(CssColour background, double target) {
        CssColour opaque = over(background);
        if (contrast(opaque, background) >= target) {
            return opaque;
        }
        double[] hsl = opaque.hsl();
        boolean darker = background.over(new CssColour(255, 255, 255, 1)).luminance() > 0.18;
        double low = darker ? 0 : hsl[2];
        double high = darker ? hsl[2] : 1;
        CssColour best = null;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            double[] rgb = fromHsl(hsl[0], hsl[1], mid);
            CssColour candidate = new CssColour(Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 1);
            boolean enough = contrast(candidate, background) >= target;
            if (enough) {
                best = candidate;
            }
            // Darker: the lightest enough; lighter: the darkest enough.
            if (enough == darker) {
                low = mid;
            } else {
                high = mid;
            }
        }
        if (best == null || contrast(best, background) < target) {
            return darker ? new CssColour(0, 0, 0, 1) : new CssColour(255, 255, 255, 1);
        }
        return best;
    }

    /** This colour as {@code #rrggbb} (opaque) or {@code rgba(r, g, b, a)}. */
    public String css() {
        if (alpha >= 1) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
        }
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %s)", Math.round(r), Math.round(g), Math.round(b),
                java.math.BigDecimal.valueOf(Math.round(alpha * 1000) / 1000.0).stripTrailingZeros().toPlainString());
    }
}
