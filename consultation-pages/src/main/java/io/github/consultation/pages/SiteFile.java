package io.github.consultation.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of a site's own files that is not a page (an image, a PDF, the site's stylesheet), as
 * {@link SiteFiles#open(String)} found it, with what an HTTP answer for it needs: its media type,
 * size, time of change, an entity tag, and whether a conditional request may be answered
 * {@code 304 Not Modified}.
 *
 * <pre>{@code
 * SiteFile f = site.files().open("assets/img/badge.png").orElseThrow();
 * f.contentType();     // "image/png"
 * f.etag();            // "\"18c2f3a1b40-6a\""
 * if (f.notModified(request.header("If-None-Match"), request.header("If-Modified-Since"))) { ... 304 ... }
 * try (InputStream in = f.open()) { in.transferTo(response); }
 * }</pre>
 *
 * @param path the file's path within the pages' folder, {@code /} between folders
 * @param file the file on disk
 * @param contentType its media type, with {@code charset=utf-8} for text
 * @param size its size in bytes
 * @param lastModified when it last changed, to the second (as HTTP dates are)
 */
public record SiteFile(String path, Path file, String contentType, long size, Instant lastModified) {
    /** How long a browser may keep a site file without asking again: an hour, as a site's images rarely change within one. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

    /** The {@code Content-Security-Policy} a site file is served with: nothing it holds may run, as a document or a picture. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final String OCTETS = "application/octet-stream";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"));

    /** Checks that nothing is null and the size is not negative. */
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The site file at {@code file}, read as it is now (without following a link). */
    static SiteFile of(String path, Path file) throws IOException {
        return new SiteFile(path, file, contentType(path), Files.size(file),
                Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
    }

    /**
     * The media type of a file called {@code name}, by its ending, in any case: the common types
     * of the web and of office documents; {@code application/octet-stream} for any other, which a
     * browser downloads rather than shows.
     */
    public static String contentType(String name) {
        Objects.requireNonNull(name, "name");
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot <= slash + 1) {
            return OCTETS;
        }
        return TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), OCTETS);
    }

    /** A strong entity tag from the file's time of change and size, quoted as HTTP writes it. */
    public String etag() {
        return "\"" + Long.toHexString(lastModified.getEpochSecond()) + "-" + Long.toHexString(size) + "\"";
    }

    /** {@link #lastModified()} as an HTTP date ({@code Tue, 03 Jun 2025 10:15:30 GMT}: the fixed form HTTP asks for). */
    public String httpDate() {
        return HTTP_DATE.format(ZonedDateTime.ofInstant(lastModified, ZoneOffset.UTC));
    }

    /** A {@code Cache-Control} value that lets browsers and shared caches keep the file for {@code maxAge}. */
    public static String cacheControl(Duration maxAge) {
        return "public, max-age=" + Math.max(0, Objects.requireNonNull(maxAge, "maxAge").toSeconds());
    }

    /**
     * Whether a request with these headers (either may be null, for absent) already holds this
     * version of the file: its {@code If-None-Match} names this file's tag (or {@code *}), or,
     * without that header, its {@code If-Modified-Since} is no earlier than the file's change.
     */
    public boolean notModified(@Nullable String ifNoneMatch, @Nullable String ifModifiedSince) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            String tag = etag();
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && !ifModifiedSince.isBlank()) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Opens the file to read, refusing it if it has become a link since the site was read.
     *
     * @throws IOException if it cannot be read, or is no longer a plain file
     */
    public InputStream open() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(path + " is no longer a plain file of the site");
        }
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The file's bytes. */
    public byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
