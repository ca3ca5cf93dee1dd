package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 check agrees with the JDK's strict decoder, and knows the standard's edges. */
class Utf8Test {
    /** Bytes either side of every boundary in the standard's table of well-formed sequences. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Bytes from picks: an edge byte, or (for a larger pick) a run of ASCII long enough to take the
     * check's sixteen-byte path, so that sequences land at every offset around a run.
     */
    private static byte[] bytes(List<Integer> picks) {
        byte[] out = new byte[picks.size() * 20];
        int n = 0;
        for (int pick : picks) {
            if (pick < EDGES.length) {
                out[n++] = (byte) EDGES[pick];
            } else {
                int run = pick - EDGES.length + 1;
                Arrays.fill(out, n, n + run, (byte) 'a');
                n += run;
            }
        }
        return Arrays.copyOf(out, n);
    }

    @Test
    void agreesWithTheStrictDecoderOnGeneratedBytes() {
        qt().withExamples(100_000).forAll(lists().of(integers().between(0, EDGES.length + 19)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    byte[] b = bytes(picks);
                    assertEquals(strictlyDecodes(b), Utf8.isWellFormed(b), Arrays.toString(b));
                });
    }

    @Test
    void takesEveryCodePointAtAnyOffsetAfterARun() {
        for (int cp : new int[] {0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF}) {
            for (int run = 0; run <= 33; run++) {
                byte[] b = ("a".repeat(run) + Character.toString(cp) + "a".repeat(run)).getBytes(StandardCharsets.UTF_8);
                assertTrue(Utf8.isWellFormed(b), Integer.toHexString(cp) + " after " + run);
            }
        }
    }

    @Test
    void refusesOverlongSurrogatesTooHighAndTruncatedAfterARun() {
        int[][] bad = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xF0, 0x80, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
            {0xF4, 0x90, 0x80, 0x80}, {0xE2, 0x80}, {0xF0, 0x9F, 0x98}, {0x80}, {0xFF}};
        for (int[] sequence : bad) {
            for (int run = 0; run <= 33; run++) {
                byte[] b = new byte[run + sequence.length];
                Arrays.fill(b, 0, run, (byte) 'a');
                for (int i = 0; i < sequence.length; i++) {
                    b[run + i] = (byte) sequence[i];
                }
                assertFalse(Utf8.isWellFormed(b), Arrays.toString(sequence) + " after " + run);
            }
        }
    }
}
