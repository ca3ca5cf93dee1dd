package io.github.consultation.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The demo's HTTP stack ({@link JettyHost}, with the demo's defaults) around a handler that answers
 * every request with one finished page, its bytes read from a file, with the headers the demo
 * sends with a page: what the stack alone can do, the physical limit {@code load-test} measures
 * the demo's page reads against. Not part of the command line.
 *
 * <pre>
 * java -cp consultation-examples.jar io.github.consultation.examples.FinishedPageServer PAGE.html PORT [ACCESS-LOG]
 * </pre>
 */
public final class FinishedPageServer {
    private FinishedPageServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: FinishedPageServer PAGE.html PORT [stdout|FILE|off]");
            System.exit(2);
        }
        byte[] page = Files.readAllBytes(Path.of(args[0]));
        ServerSettings settings = ServerSettings.builder().port(Integer.parseInt(args[1]))
                .accessLog(AccessLog.parse(args.length > 2 ? args[2] : "stdout")).build();
        Handler.Abstract answer = new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.getHeaders().put("Content-Type", "text/html; charset=utf-8");
                response.getHeaders().put("Cache-Control", "no-store");
                response.getHeaders().put("Content-Security-Policy", Exchange.PAGE_POLICY);
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                response.getHeaders().put("Referrer-Policy", "same-origin");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
                response.write(true, ByteBuffer.wrap(page), callback);
                return true;
            }
        };
        JettyHost host = JettyHost.start(settings, answer, (request, response, callback) -> {
            Response.writeError(request, response, callback, 500);
            return true;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(host::close));
        System.out.println("Serving " + page.length + " bytes on http://localhost:" + host.port() + "/");
        System.out.flush();
    }
}
