package io.github.consultation.host;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One submission as it reached the host, before anything is read: whether it is a form posted to a
 * page or the JSON endpoint's, its {@code Content-Type} and {@code Content-Length} headers, its
 * body (a stream the kit reads under its limit; the bytes, where the host has read them already;
 * or, where a framework has parsed a form already, its fields) and the languages to answer in.
 * Made per request; its body is read once.
 *
 * <pre>{@code
 * Post post = Post.form(request.getRequestURI(), request.getContentType(), request.getContentLengthLong(),
 *         request.getInputStream(), List.of(request.getLocale()));
 * Reply reply = host.receive(post);
 * }</pre>
 */
public final class Post {
    /** Which way a submission came. */
    public enum Kind {
        /** A form posted to its page: answered with a redirect, the form again, or a notice. */
        FORM,
        /** The JSON endpoint's: answered with JSON. */
        JSON
    }

    private final Kind kind;
    private final String address;
    private final @Nullable String contentType;
    private final long contentLength;
    private final @Nullable InputStream body;
    private final @Nullable Map<String, ? extends List<String>> fields;
    /** A body the host read already: its bytes, or empty when it was over the host's limit; null if it is to be read. */
    private final @Nullable Optional<byte[]> read;
    private final List<Locale> languages;

    private Post(Kind kind, String address, @Nullable String contentType, long contentLength, @Nullable InputStream body,
            @Nullable Map<String, ? extends List<String>> fields, @Nullable Optional<byte[]> read, List<Locale> languages) {
        this.kind = kind;
        this.address = Objects.requireNonNull(address, "address");
        this.contentType = contentType;
        this.contentLength = contentLength;
        this.body = body;
        this.fields = fields;
        this.read = read;
        this.languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
    }

    /**
     * A form posted to the page at {@code address} (the path it was posted to, which the thanks and
     * the form again go back to).
     *
     * @param contentType the {@code Content-Type} header, or null if there was none
     * @param contentLength the {@code Content-Length} header, or -1 if there was none
     * @param languages the languages to answer in, most wanted first (the page's own language, say)
     */
    public static Post form(String address, @Nullable String contentType, long contentLength, InputStream body,
            List<Locale> languages) {
        return new Post(Kind.FORM, address, contentType, contentLength, Objects.requireNonNull(body, "body"), null, null,
                languages);
    }

    /**
     * A form posted to the page at {@code address} whose body the host has read already, as an
     * asynchronous server does before its handler runs: its bytes, not read again, or empty when the
     * host found it larger than it keeps (the kit answers that as too large, as it would have). The
     * kit's own limit applies to the bytes.
     */
    public static Post form(String address, @Nullable String contentType, Optional<byte[]> body, List<Locale> languages) {
        Objects.requireNonNull(body, "body");
        return new Post(Kind.FORM, address, contentType, body.map(b -> (long) b.length).orElse(-1L), null, null, body,
                languages);
    }

    /**
     * A form posted to the page at {@code address} whose body a framework has already parsed into
     * {@code fields} (a servlet container does once anything asks for a parameter, as Spring
     * Security's CSRF filter does). The same limits apply to what was parsed: the declared length,
     * the media type, the number of fields, and their size.
     */
    public static Post formFields(String address, @Nullable String contentType, long contentLength,
            Map<String, ? extends List<String>> fields, List<Locale> languages) {
        return new Post(Kind.FORM, address, contentType, contentLength, null, Objects.requireNonNull(fields, "fields"),
                null, languages);
    }

    /**
     * A post to the JSON endpoint at {@code address}: the existing site's JSON, which names its page.
     *
     * @param languages the reader's languages, most wanted first (from {@code Accept-Language}:
     *     {@link io.github.consultation.validate.SubmissionFlow#languages(String)}); the page's own
     *     language wins where the host knows it
     */
    public static Post json(String address, @Nullable String contentType, long contentLength, InputStream body,
            List<Locale> languages) {
        return new Post(Kind.JSON, address, contentType, contentLength, Objects.requireNonNull(body, "body"), null, null,
                languages);
    }

    /**
     * A post to the JSON endpoint whose body the host has read already: its bytes, or empty when it
     * was larger than the host keeps; as {@link #form(String, String, Optional, List)} is for a form.
     */
    public static Post json(String address, @Nullable String contentType, Optional<byte[]> body, List<Locale> languages) {
        Objects.requireNonNull(body, "body");
        return new Post(Kind.JSON, address, contentType, body.map(b -> (long) b.length).orElse(-1L), null, null, body,
                languages);
    }

    /** Which way it came. */
    public Kind kind() {
        return kind;
    }

    /** The address it was posted to. */
    public String address() {
        return address;
    }

    /** The {@code Content-Type} header, if there was one. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The {@code Content-Length} header, or -1. */
    public long contentLength() {
        return contentLength;
    }

    /** The body the host read already (empty inside when it was too large), or null if there is a stream to read. */
    @Nullable Optional<byte[]> read() {
        return read;
    }

    /** The body to read, unless a framework parsed it into {@link #fields()} or the host read it. */
    public Optional<InputStream> body() {
        return Optional.ofNullable(body);
    }

    /** The fields a framework parsed the body into, if it did. */
    public Optional<Map<String, ? extends List<String>>> fields() {
        return Optional.ofNullable(fields);
    }

    /** The languages to answer in, most wanted first. */
    public List<Locale> languages() {
        return languages;
    }

    /** Describes the post without its body. */
    @Override
    public String toString() {
        return "Post[" + kind + " " + address + ", " + contentType + ", " + contentLength + "]";
    }
}
