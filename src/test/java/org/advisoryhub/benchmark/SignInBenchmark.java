package org.advisoryhub.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * API automation signing in with a local account on every request (HTTP Basic), with the remembered-credential cache
 * off (bcrypt on every request) and on, side by side in one run, each also while another client guesses passwords.
 * Prints and writes {@code target/benchmark/sign-in-benchmark.txt}; asserts nothing.
 */
class SignInBenchmark {

    private static final int CLIENTS = 4;
    private static final Duration RUN = Duration.ofSeconds(15);
    private static final String PASSWORD = "automation-password-1";

    @Test
    void signInWithAndWithoutRememberedCredentials() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        List<String> report = new ArrayList<>();
        for (String cache : List.of("PT0S", "PT60S")) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    var hub = Benchmarks.startHub(
                            work,
                            "sign-in-benchmark-" + cache,
                            pg,
                            Map.of(
                                    "HUB_SIGN_IN_CREDENTIAL_CACHE",
                                    cache,
                                    // Every client here shares 127.0.0.1; in real use the guesser has an address of its
                                    // own.
                                    "HUB_SIGN_IN_SOURCE_ATTEMPTS",
                                    "1000000000"))) {
                String auth = official(hub.port());
                measure(hub.port(), auth, false, Duration.ofSeconds(5));
                for (boolean guessing : new boolean[] {false, true}) {
                    report.add(String.format(
                            "credential cache %-5s %-22s %s",
                            cache,
                            guessing ? "with a password guesser" : "alone",
                            measure(hub.port(), auth, guessing, RUN)));
                }
            }
        }
        report.forEach(System.out::println);
        Files.write(work.resolve("sign-in-benchmark.txt"), report);
    }

    /** A drafter of a new agency; returns its HTTP Basic credentials. */
    private static String official(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = basic("admin", Benchmarks.ADMIN_PASSWORD);
        String api = "http://127.0.0.1:" + port + "/api/v1/";
        put(
                http,
                admin,
                api + "organizations/bench-agency",
                "{\"id\":\"bench-agency\",\"name\":\"Bench\",\"kind\":\"AGENCY\"}");
        put(
                http,
                admin,
                api + "officials/automation",
                "{\"username\":\"automation\",\"displayName\":\"Automation\"," + "\"password\":\"" + PASSWORD
                        + "\",\"roles\":[\"drafter\"],\"organizationId\":\"bench-agency\"}");
        return basic("automation", PASSWORD);
    }

    private static void put(HttpClient http, String auth, String url, String json) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@value #CLIENTS} keep-alive clients call {@code /officials/me} for {@code duration}; returns the figures. */
    private static String measure(int port, String auth, boolean guessing, Duration duration) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> calls(port, auth, running)));
        }
        Future<List<Long>> guesser =
                guessing ? pool.submit(() -> calls(port, basic("automation", "wrong-guess-42"), running)) : null;
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> f : clients) {
            latencies.addAll(f.get());
        }
        int guesses = guesser == null ? 0 : guesser.get().size();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        return String.format(
                "%,8.0f requests/s  p50 %6.2f ms  p99 %7.2f ms%s",
                latencies.size() / seconds,
                percentile(latencies, 50),
                percentile(latencies, 99),
                guessing ? String.format("  (%,.0f guesses/s answered)", guesses / seconds) : "");
    }

    private static List<Long> calls(int port, String auth, AtomicBoolean running) throws Exception {
        List<Long> latencies = new ArrayList<>();
        try (KeepAliveClient client = new KeepAliveClient(port, auth)) {
            while (running.get()) {
                long t = System.nanoTime();
                client.get("/api/v1/officials/me");
                latencies.add(System.nanoTime() - t);
            }
        }
        return latencies;
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
