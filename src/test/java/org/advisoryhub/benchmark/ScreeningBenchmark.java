package org.advisoryhub.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Screening benchmark (run with {@code ./mvnw -Pbenchmark verify}): loads {@code benchmark.indicators} published
 * indicators (default 1,000,000, in advisories of 10,000) into a packaged hub's database, has the hub rebuild its
 * index, then screens over HTTP: single-value lookups from several client threads, and batches of 1,000 values.
 * It prints figures; it asserts nothing. The client runs on the same cores as the hub.
 */
class ScreeningBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INDICATORS = Integer.getInteger("benchmark.indicators", 1_000_000);
    private static final int PER_ADVISORY = 10_000;
    private static final int CLIENT_THREADS = 8;
    private static final Duration SINGLE_RUN = Duration.ofSeconds(20);

    @Test
    void screenAgainstAMillionIndicators() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (var hub = Benchmarks.startHub(work, "screening-benchmark", pg)) {
                String auth = Benchmarks.partnerKey(hub.port(), "vasp-indicators", "GREEN");
                List<String> report = new ArrayList<>();
                Instant loadStart = Instant.now();
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    load(c, INDICATORS);
                }
                report.add(String.format(
                        "Loaded %,d published indicators by SQL in %.1f s",
                        INDICATORS, Duration.between(loadStart, Instant.now()).toMillis() / 1000.0));
                Instant rebuild = Instant.now();
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("select pg_notify('hub_screening', '*')");
                }
                awaitIndex(hub.port(), auth);
                report.add(String.format(
                        "Index rebuilt and answering after %.1f s",
                        Duration.between(rebuild, Instant.now()).toMillis() / 1000.0));
                singles(hub.port(), auth, report);
                batches(hub.port(), auth, report);
                report.forEach(System.out::println);
                Files.write(work.resolve("screening-benchmark.txt"), report);
            }
        }
    }

    /** The i-th loaded address: 40 hex digits, lower case like the normalized form. */
    private static String address(long i) {
        return "0x" + md5("addr" + i) + "12345678";
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("MD5")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Published GREEN advisories of {@value #PER_ADVISORY} ETH addresses each, shaped as the hub stores them. */
    private static void load(Connection c, int n) throws Exception {
        int advisories = (n + PER_ADVISORY - 1) / PER_ADVISORY;
        try (Statement s = c.createStatement()) {
            s.execute("""
                    insert into advisory (id, public_id, status, tlp, title, summary, body, threat_actors, techniques, refs,
                        translations, recipients, owner_org_id, created_by, created_at, updated_by, updated_at,
                        published_revision, version)
                    select md5('adv' || a)::uuid, 'BENCH-' || a, 'PUBLISHED', 'GREEN', 'Benchmark advisory ' || a, 's', 'b',
                        '[]', '[]', '[]', '{}', '[]', 'hub-operations', 'bench', now(), 'bench', now(), 1, 1
                    from generate_series(0, %d) a""".formatted(advisories - 1));
            s.execute("""
                    insert into advisory_revision (id, advisory_id, number, content, change_note, published_by, published_org,
                        published_at, indicator_count, tlp_rank, recipients, review_by)
                    select md5('rev' || a)::uuid, md5('adv' || a)::uuid, 1,
                        json_build_object('title', 'Benchmark advisory ' || a, 'tlp', 'GREEN', 'recipients', '[]'::json),
                        'Initial publication', 'bench', 'hub-operations', now(), %d, 1, '{}', now() + interval '1 year'
                    from generate_series(0, %d) a""".formatted(PER_ADVISORY, advisories - 1));
            s.execute("""
                    insert into published_indicator (advisory_id, indicator_key, first_revision, kind, value, normalized,
                        chain, valid_from, valid_until)
                    select md5('adv' || (i / %d))::uuid, md5('key' || i)::uuid, 1, 'CRYPTO_ADDRESS',
                        '0x' || md5('addr' || i) || '12345678', '0x' || md5('addr' || i) || '12345678', 'ETH', now(),
                        now() + interval '1 year'
                    from generate_series(0, %d) i""".formatted(PER_ADVISORY, n - 1));
            s.execute("analyze");
        }
    }

    private static void awaitIndex(int port, String auth) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String last = address(INDICATORS - 1);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = http.send(screen(port, auth, List.of(last)), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && JSON.readTree(r.body()).get("matched").asInt() == 1) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the screening index did not load within 5 minutes");
    }

    /**
     * Single-value requests (GET, then POST) from several threads, half of them hits, for a fixed time each, after
     * both paths were warmed up for long enough that the JIT compilers no longer compete for the two cores.
     */
    private static void singles(int port, String auth, List<String> report) throws Exception {
        runSingles(port, auth, true, Duration.ofSeconds(30));
        runSingles(port, auth, false, Duration.ofSeconds(15));
        for (boolean post : new boolean[] {false, true}) {
            long start = System.nanoTime();
            List<Long> latencies = runSingles(port, auth, post, SINGLE_RUN);
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(latencies);
            report.add(String.format(
                    "Single-value lookups, %s (%d keep-alive connections): %,d in %.1f s, %,.0f lookups/s, "
                            + "p50 %.2f ms, p99 %.2f ms",
                    post ? "POST /api/v1/screen" : "GET /api/v1/screen?value=",
                    CLIENT_THREADS,
                    latencies.size(),
                    seconds,
                    latencies.size() / seconds,
                    percentile(latencies, 50),
                    percentile(latencies, 99)));
        }
    }

    private static List<Long> runSingles(int port, String auth, boolean post, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<Long> out = new ArrayList<>();
                try (KeepAliveClient http = new KeepAliveClient(port, auth)) {
                    long i = thread;
                    while (System.nanoTime() < end) {
                        String value =
                                i % 2 == 0 ? address((i * 7919) % INDICATORS) : "0x" + md5("miss" + i) + "87654321";
                        long t0 = System.nanoTime();
                        KeepAliveClient.Response r = post
                                ? http.postJson("/api/v1/screen", "{\"values\":[\"" + value + "\"]}")
                                : http.get("/api/v1/screen?value=" + value);
                        out.add(System.nanoTime() - t0);
                        if (r.status() != 200) {
                            throw new IllegalStateException("HTTP " + r.status());
                        }
                        i += CLIENT_THREADS;
                    }
                }
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /** Batches of 1,000 values (half hits) one after another, after 20 warm-up batches. */
    private static void batches(int port, String auth, List<String> report) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long start = 0;
        try (KeepAliveClient http = new KeepAliveClient(port, auth)) {
            for (int b = 0; b < 220; b++) {
                if (b == 20) {
                    start = System.nanoTime();
                    latencies.clear();
                }
                String body = JSON.writeValueAsString(Map.of("values", batch(b)));
                long t0 = System.nanoTime();
                KeepAliveClient.Response r = http.postJson("/api/v1/screen", body);
                latencies.add(System.nanoTime() - t0);
                if (r.status() != 200 || JSON.readTree(r.body()).get("matched").asInt() != 500) {
                    throw new IllegalStateException("HTTP " + r.status() + " or wrong match count");
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        report.add(String.format(
                "Batches of 1,000 values: %,.0f values/s, per batch p50 %.1f ms, p99 %.1f ms",
                latencies.size() * 1000 / seconds, percentile(latencies, 50), percentile(latencies, 99)));
    }

    private static List<String> batch(int b) {
        List<String> values = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            long n = (long) b * 1000 + i;
            values.add(i % 2 == 0 ? address((n * 104729) % INDICATORS) : "0x" + md5("miss" + n) + "87654321");
        }
        return values;
    }

    private static HttpRequest screen(int port, String auth, List<String> values) throws Exception {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/screen"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("values", values))))
                .build();
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        return sortedNanos.get(Math.min(sortedNanos.size() - 1, sortedNanos.size() * p / 100)) / 1e6;
    }
}
