package io.github.consultation.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo server in a process of its own, started as a user would start it, so it can be killed. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving \\d+ pages on http://localhost:(\\d+)/");

    final Process process;
    final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve --port 0 --db db} with {@code jvmOptions} and {@code extra} arguments. */
    static ServerProcess start(Path db, List<String> jvmOptions, String... extra) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--db", db.toString()));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CONSULTATION_ADMIN_PASSWORD", TestServer.PASSWORD);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // Keep the pipe empty.
                        }
                    } catch (IOException ignored) {
                        // The process ended.
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(process, Integer.parseInt(m.group(1)));
            }
        }
        throw new IOException("The server stopped before it was serving");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process with SIGKILL: no shutdown hook, no chance to flush anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process with SIGTERM, as a service manager does, and returns its exit status. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
