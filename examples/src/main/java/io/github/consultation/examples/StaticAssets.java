package io.github.consultation.examples;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.GovukTheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files under {@code /assets/}: the demo's stylesheets, the render module's enhancement script,
 * and GOV.UK Frontend's own stylesheet and script from its webjar, at the version the govuk theme
 * writes. Read once, at start; immutable.
 */
final class StaticAssets {
    /** Where the assets are served. */
    static final String PREFIX = "/assets/";
    /** GOV.UK Frontend's stylesheet, as a service outside GOV.UK uses it. */
    static final String STYLESHEET = "/assets/govuk/govuk-frontend.min.css";
    /** The module that starts GOV.UK Frontend's components. */
    static final String START = "/assets/govuk-start.mjs";

    private static final String WEBJAR = "/META-INF/resources/webjars/govuk-frontend/" + GovukTheme.FRONTEND_VERSION
            + "/dist/govuk/";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String SCRIPT = "text/javascript; charset=utf-8";

    private record Asset(String type, byte[] bytes) {
    }

    private final Map<String, Asset> assets = new HashMap<>();

    /** The assets, with the library's stylesheet for {@code theme}'s form as {@code form.css}. */
    StaticAssets(io.github.consultation.render.Theme theme) {
        add("site.css", CSS, read("/assets/site.css"));
        FormRenderer.stylesheet(theme).ifPresent(css -> add("form.css", CSS, css));
        add("govuk-site.css", CSS, read("/assets/govuk-site.css"));
        add("govuk-start.mjs", SCRIPT, read("/assets/govuk-start.mjs"));
        add("feedback.js", SCRIPT, read(FormRenderer.SCRIPT_RESOURCE));
        add("govuk/govuk-frontend.min.css", CSS, withoutGdsTransport(read(WEBJAR + "govuk-frontend.min.css")));
        add("govuk/govuk-frontend.min.js", SCRIPT, read(WEBJAR + "govuk-frontend.min.js"));
    }

    private void add(String name, String type, String text) {
        assets.put(name, new Asset(type, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GOV.UK Frontend's stylesheet without its typeface: GDS Transport is for GOV.UK alone, so a
     * service outside it sets {@code $govuk-font-family} to Arial. This does to the compiled
     * stylesheet what that setting does to the Sass: the {@code @font-face} rules go, and every
     * font stack starts at Arial.
     */
    static String withoutGdsTransport(String css) {
        return css.replaceAll("@font-face\\{font-family:\"?GDS Transport\"?;[^}]*\\}", "")
                .replace("font-family:\"GDS Transport\",arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif");
    }

    /** The asset called {@code name}, if there is one. */
    Optional<byte[]> bytes(String name) {
        return Optional.ofNullable(assets.get(name)).map(Asset::bytes);
    }

    /** Whether {@code path} (below the site's base) is one of these assets': other paths under {@code /assets/} are the site's own files. */
    boolean has(String path) {
        return path.startsWith(PREFIX) && assets.containsKey(path.substring(PREFIX.length()));
    }

    /** Every asset by its path below the site's base ({@code assets/form.css}), for a static copy of the site. */
    Map<String, byte[]> all() {
        Map<String, byte[]> all = new java.util.TreeMap<>();
        assets.forEach((name, asset) -> all.put(PREFIX.substring(1) + name, asset.bytes()));
        return all;
    }

    /** {@code GET /assets/<name>}: the asset, cached for five minutes, or 404. */
    void serve(Exchange exchange) {
        Asset asset = assets.get(exchange.path().substring(PREFIX.length()));
        if (asset == null) {
            throw HttpError.notFound();
        }
        exchange.header("Cache-Control", "public, max-age=300");
        exchange.send(200, asset.type(), asset.bytes());
    }
}
