package org.advisoryhub.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP receiver on loopback that answers as told (fail, hang, redirect, endless body) and records each request. */
public final class WebhookReceiver implements AutoCloseable {

    /** How to answer one request. */
    public enum Answer {
        OK,
        FAIL,
        HANG,
        REDIRECT,
        ENDLESS_ERROR
    }

    /** A request as received. */
    public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private volatile Answer otherwise = Answer.OK;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver() throws IOException {
        this(0);
    }

    /** A receiver on a given loopback port (0: any free one). */
    public WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests in this order, then {@code then} for all later ones. */
    public WebhookReceiver answer(List<Answer> first, Answer then) {
        script.clear();
        script.addAll(first);
        otherwise = then;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(
                exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(body, StandardCharsets.UTF_8),
                Instant.now()));
        Answer answer = script.isEmpty() ? otherwise : script.poll();
        try (exchange) {
            switch (answer) {
                case OK -> exchange.sendResponseHeaders(204, -1);
                case FAIL -> respond(exchange, 503, "try later");
                case HANG -> {
                    sleep(3000);
                    exchange.sendResponseHeaders(204, -1);
                }
                case REDIRECT -> {
                    exchange.getResponseHeaders().add("Location", url("/elsewhere"));
                    exchange.sendResponseHeaders(302, -1);
                }
                case ENDLESS_ERROR -> endless(exchange);
            }
        } catch (IOException e) {
            // the hub hung up on us, as it should on endless answers
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** A 500 whose chunked body never ends (stops after a minute so the test JVM stays tidy). */
    private static void endless(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(500, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            out.write(chunk);
            out.flush();
            sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
