package io.github.consultation.examples;

import com.sun.net.httpserver.HttpExchange;
import io.github.consultation.form.FormRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves the demo's stylesheet and the render module's enhancement script from the class path. */
final class StaticAssets {
    private static final Map<String, String> FILES = Map.of(
            "site.css", "/assets/site.css",
            "feedback.js", FormRenderer.SCRIPT_RESOURCE);

    int serve(HttpExchange exchange, String name) throws IOException {
        String resource = FILES.get(name);
        try (InputStream in = resource == null ? null : StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Http.sendText(exchange, 404, "There is no file at this address");
            }
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
            String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            return Http.send(exchange, 200, type, in.readAllBytes());
        }
    }
}
