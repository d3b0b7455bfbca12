package org.advisoryhub.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged hub ({@code java -jar target/quarkus-app/quarkus-run.jar}) run as a separate process. */
final class HubProcess implements AutoCloseable {

    private static final Path JAR =
            Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

    private final Process process;
    private final Path log;
    final int port;

    private HubProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the hub in {@code workDir} (its ./data and ./advisories live there) and waits until it is healthy. */
    static HubProcess start(Path workDir, String name, Map<String, String> env) throws Exception {
        return start(workDir, name, env, freePort());
    }

    /** Starts the hub on a chosen port (for tests that must register its address elsewhere first). */
    static HubProcess start(Path workDir, String name, Map<String, String> env, int port) throws Exception {
        Path log = workDir.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", JAR.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("HUB_"));
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort())); // several hubs side by side
        pb.environment().putAll(env);
        HubProcess hub = new HubProcess(pb.start(), log, port);
        hub.awaitHealthy(Duration.ofSeconds(120));
        return hub;
    }

    /** Copies the repository's advisories-as-code folder into the hub's working directory. */
    static void copyAdvisories(Path workDir) throws IOException {
        Path target = Files.createDirectories(workDir.resolve("advisories"));
        try (var files = Files.list(Path.of("advisories"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
    }

    /** A GET with an Accept header, as TAXII clients send it. */
    HttpResponse<String> get(String path, String accept, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), user, password);
    }

    HttpResponse<String> delete(String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), user, password);
    }

    HttpResponse<String> put(String path, String json, String user, String password) throws Exception {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                user,
                password);
    }

    HttpResponse<String> post(String path, String json, String user, String password) throws Exception {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                user,
                password);
    }

    /** SIGTERM: the hub shuts down and stops its PostgreSQL. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the hub did not stop within 60 s");
        }
    }

    /** SIGKILL: the JVM dies at once and its PostgreSQL child is orphaned. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        if (user != null) {
            String token = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
            request.header("Authorization", "Basic " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited during start:\n" + log());
            }
            try {
                if (get("/q/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the hub was not healthy within " + timeout + ":\n" + log());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
