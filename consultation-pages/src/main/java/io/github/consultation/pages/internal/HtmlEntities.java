package io.github.consultation.pages.internal;

/** Decodes the few character references that appear in hand-written headings. */
final class HtmlEntities {
    private HtmlEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String name = text.substring(i + 1, semi);
                int decoded = decodeOne(name);
                if (decoded >= 0) {
                    out.appendCodePoint(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int decodeOne(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return '\u00A0';
            case "rsquo": return '\u2019';
            case "lsquo": return '\u2018';
            case "ndash": return '\u2013';
            case "mdash": return '\u2014';
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return validCodePoint(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return validCodePoint(Integer.parseInt(name.substring(1)));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static int validCodePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? cp : -1;
    }
}
