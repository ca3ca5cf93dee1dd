package io.github.consultation.validate.internal;

/**
 * The email rule of the form's definition ({@code TextQuestion.EMAIL_PATTERN}, which the HTML
 * {@code pattern} attribute and the JSON Schema carry as it is), matched by hand: the same language,
 * without a regular expression's cost on every submission. {@code EmailAddressTest} holds the two
 * to agree on generated text. Stateless.
 *
 * <p>The pattern, read: nothing at all; or a local part of one to 64 characters before the first
 * {@code @}, made of runs of {@code a-z A-Z 0-9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ -} joined by
 * single dots; then a domain of labels joined by single dots, each one to 63 letters, digits and
 * hyphens that starts and ends with a letter or digit.
 */
public final class EmailAddress {
    private static final String SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddress() {
    }

    /** Whether {@code s}, as a whole, is what the definition's email pattern matches. */
    public static boolean matches(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        int at = -1;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '@') {
                at = i;
                break;
            }
        }
        return at >= 1 && at <= 64 && dotAtoms(s, 0, at) && labels(s, at + 1, n);
    }

    /** Whether {@code s[from, to)} is runs of the local part's characters joined by single dots. */
    private static boolean dotAtoms(String s, int from, int to) {
        boolean afterDot = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (alphanumeric(c) || SYMBOLS.indexOf(c) >= 0) {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /** Whether {@code s[from, to)} is labels joined by single dots, each 1 to 63 long, hyphens inside only. */
    private static boolean labels(String s, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (!label(s, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean label(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 63 || !alphanumeric(s.charAt(from)) || !alphanumeric(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!alphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
