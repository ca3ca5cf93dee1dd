package io.github.consultation.examples;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.render.Theme;
import io.github.consultation.store.FeedbackStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A demo server on a free port with a fresh database, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";

    final ServerSettings settings;
    final Site site;
    final ConsultationServer server;
    final FeedbackStore store;
    final HikariDataSource database;
    final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    TestServer(Path dir) throws Exception {
        this(dir, s -> { });
    }

    TestServer(Path dir, Consumer<ServerSettings.Builder> configure) throws Exception {
        this(dir, Theme.ORIGIN, null, configure);
    }

    /** A server of {@code theme} serving the pages under {@code pages} (the bundled ones if null). */
    TestServer(Path dir, Theme theme, Path pages, Consumer<ServerSettings.Builder> configure) throws Exception {
        this(dir, theme, pages, Site.Options.SERVED, configure);
    }

    /** Like {@link #TestServer(Path, Theme, Path, Consumer)}, the site loaded with {@code options} (its base path, say). */
    TestServer(Path dir, Theme theme, Path pages, Site.Options options, Consumer<ServerSettings.Builder> configure)
            throws Exception {
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        ServerSettings.Builder builder = ServerSettings.builder().port(0).theme(theme).adminPassword(PASSWORD)
                .rateBurst(0).log(logStream).accessLog(AccessLog.to(logStream));
        configure.accept(builder);
        settings = builder.build();
        site = Site.load(settings, Optional.ofNullable(pages), false, options);
        java.nio.file.Files.createDirectories(dir);
        database = Database.open(dir.resolve("feedback.db").toString(), 4);
        store = site.openStore(database, java.time.Duration.ofMinutes(10));
        server = ConsultationServer.start(settings, site, store);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file, as bytes. */
    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body, headers);
    }

    HttpResponse<String> postJson(String json, String... headers) throws Exception {
        return send("POST", FeedbackApi.PATH, "application/json", json, headers);
    }

    HttpResponse<String> send(String method, String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a good form post, as a browser sends them. */
    static Map<String, String> goodForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "/shared-record");
        fields.put("hp_field", "");
        fields.put("nature", "");
        fields.put("summary", "The format should cover contact history");
        fields.put("details", "Line one\r\nLine two");
        fields.put("role", "Local authority children\u2019s social care professional");
        fields.put("org", "");
        fields.put("email", "");
        return fields;
    }

    /** A good submission as the existing site's script sends it. */
    static String goodJson(String summary) {
        return "{\"tab\":\"Feedback\",\"page\":\"https://consult.example.org/shared-record/\",\"summary\":\"" + summary
                + "\",\"details\":\"\",\"role\":\"Local authority leadership\",\"org\":\"Northshire Council\","
                + "\"email\":\"reader@example.org\",\"nature\":\"I\u2019m unsure about this\",\"hp_field\":\"\"}";
    }

    /** A stored submission of the page form. */
    record StoredFeedback(long id, java.time.Instant receivedAt, io.github.consultation.model.Feedback feedback) {
    }

    /** Every stored submission of the page form, oldest first. */
    List<StoredFeedback> stored() throws java.sql.SQLException {
        io.github.consultation.model.FormDefinition form = store.forms().get(0);
        return store.read(form.tab(), "", 0, 10_000).stream()
                .map(r -> new StoredFeedback(r.id(), r.receivedAt(), r.answers().asFeedback(form).orElseThrow())).toList();
    }

    @Override
    public void close() throws Exception {
        server.close();
        database.close();
    }
}
