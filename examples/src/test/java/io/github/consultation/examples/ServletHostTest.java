package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.host.ConsultationHost;
import io.github.consultation.host.PageForm;
import io.github.consultation.host.Post;
import io.github.consultation.host.Reply;
import io.github.consultation.model.Answers;
import io.github.consultation.model.FormVariant;
import io.github.consultation.render.FormState;
import io.github.consultation.render.HtmlEscaper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library in a plain Jakarta Servlet host (embedded Jetty 12): one servlet shows the form,
 * takes its post and the script's JSON through the library's host kit ({@link ConsultationHost}),
 * and writes each {@link Reply} into its response.
 */
class ServletHostTest {
    /** What a host writes: the whole servlet. */
    static final class FeedbackServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final transient List<Answers> kept = new CopyOnWriteArrayList<>();
        private final transient ConsultationHost host = ConsultationHost.builder().jsonEndpoint("/api/feedback")
                .sink(kept::add).build()
                .withPages(List.of(new PageForm("/consultation", "Feedback", FormVariant.FULL)));

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            html(response, host.renderer(request.getLocale()).render(FormState.blank(request.getRequestURI())));
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            List<Locale> languages = List.of(request.getLocale());
            Reply reply = host.receive(path.equals("/api/feedback")
                    ? Post.json(path, request.getContentType(), request.getContentLengthLong(), request.getInputStream(),
                            languages)
                    : Post.form(path, request.getContentType(), request.getContentLengthLong(), request.getInputStream(),
                            languages));
            response.setStatus(reply.status());
            reply.headers().forEach(response::setHeader);
            switch (reply.kind()) {
                case REDIRECT -> { }
                case FORM -> html(response, host.renderer(reply.outcome()).render(reply.form().orElseThrow()));
                case NOTICE -> html(response, "<p>" + HtmlEscaper.text(reply.message()) + "</p>");
                case JSON -> response.getWriter().write(reply.body());
            }
        }

        private static void html(HttpServletResponse response, String body) throws IOException {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(body);
        }
    }

    private Server jetty;
    private FeedbackServlet servlet;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        jetty = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        servlet = new FeedbackServlet();
        context.addServlet(new ServletHolder(servlet), "/*");
        jetty.setHandler(context);
        jetty.start();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + jetty.getURI().getPort() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept-Language", "en");
        if (type != null) {
            request.header("Content-Type", type);
        }
        return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServletShowsTheFormAndTakesItsPostAndItsJson() throws Exception {
        Document blank = Jsoup.parse(send("GET", "/consultation", null, null).body());
        assertEquals("/consultation", blank.getElementById("gs-page").attr("value"));

        String good = "page=%2Fconsultation&summary=Sharing+is+sensible&details=&role=Data+and+digital+consultant"
                + "&org=&email=&nature=&hp_field=";
        HttpResponse<String> kept = send("POST", "/consultation", "application/x-www-form-urlencoded", good);
        assertEquals(303, kept.statusCode());
        assertEquals("/consultation?sent=1#sheets", kept.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> refused = send("POST", "/consultation", "application/x-www-form-urlencoded",
                good.replace("Sharing+is+sensible", "abc"));
        assertEquals(422, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body()).getElementById("gs-summary-error").text()
                .contains("Summary must be 5 characters or more"));

        HttpResponse<String> json = send("POST", "/api/feedback", "application/json",
                "{\"tab\":\"Feedback\",\"page\":\"/consultation\",\"summary\":\"Sent as JSON\",\"details\":\"\","
                        + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}");
        assertEquals(201, json.statusCode());
        assertEquals("{\"status\":\"received\"}", json.body());
        assertEquals(List.of("Sharing is sensible", "Sent as JSON"), servlet.kept.stream().map(a -> a.text("summary")).toList());
    }
}
