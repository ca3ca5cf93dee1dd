package io.github.consultation.validate.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses an {@code application/x-www-form-urlencoded} body, strictly, under a field-count limit. */
public final class UrlEncodedForm {
    private UrlEncodedForm() {
    }

    /**
     * The fields of {@code body}, each name with its values in order; empty if the body is not
     * well-formed (a bad {@code %} escape, bytes that are not UTF-8) or has more than
     * {@code maxFields} fields.
     */
    public static Optional<Map<String, List<String>>> parse(byte[] body, int maxFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int count = 0;
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                if (++count > maxFields) {
                    return Optional.empty();
                }
                int eq = indexOf(body, (byte) '=', start);
                int nameEnd = eq >= 0 && eq < end ? eq : end;
                Optional<String> name = decode(body, start, nameEnd);
                Optional<String> value = decode(body, Math.min(nameEnd + 1, end), end);
                if (name.isEmpty() || value.isEmpty()) {
                    return Optional.empty();
                }
                fields.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(value.get());
            }
            start = end + 1;
        }
        return Optional.of(fields);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    private static Optional<String> decode(byte[] body, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    return Optional.empty();
                }
                int hi = Character.digit(body[i + 1], 16);
                int lo = Character.digit(body[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
