package io.github.consultation.host.internal;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request body under a limit, never more than one byte past it. A body too large but
 * within the drain limit is read to its end and dropped, so that a client still sending can read
 * the refusal rather than a reset connection; a longer one (declared or found) is left unread, and
 * the connection must be closed after the answer. Stateless.
 */
public final class BodyReader {
    private BodyReader() {
    }

    /**
     * A body read: its bytes, or none when it was too large; and whether the host must close the
     * connection after answering, because the body was not read to its end.
     */
    public record Body(byte @Nullable [] bytes, boolean closeConnection) {
        /** Whether the body was larger than the limit. */
        public boolean tooLarge() {
            return bytes == null;
        }
    }

    /**
     * Reads {@code in}, whose {@code Content-Length} was {@code declared} (-1 for none), keeping at
     * most {@code max} bytes.
     *
     * @throws IOException if reading fails (the client went away, say)
     */
    public static Body read(InputStream in, long declared, int max, long drainLimit) throws IOException {
        if (declared > max && declared > drainLimit) {
            return new Body(null, true);   // not a byte is read: the answer goes first
        }
        byte[] body = in.readNBytes(max + 1);
        if (body.length <= max) {
            return new Body(body, false);
        }
        return new Body(null, !drained(in, drainLimit));
    }

    /** Reads and drops up to {@code limit} bytes; whether the stream ended within them. */
    private static boolean drained(InputStream in, long limit) throws IOException {
        byte[] sink = new byte[8192];
        long left = limit;
        for (int n = 0; n >= 0; n = in.read(sink)) {
            left -= n;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }
}
