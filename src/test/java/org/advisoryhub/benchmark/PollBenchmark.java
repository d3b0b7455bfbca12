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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advisoryhub.packaging.HubProcessAccess;
import org.junit.jupiter.api.Test;

/**
 * Partners polling for news: TAXII {@code added_after} at the head of a collection (an empty page, the common case),
 * beside single-value screening GETs on the same hub in the same run, each from 32 keep-alive connections. Every poll
 * is recorded in the pull log; the run checks that the log holds one record per poll.
 */
class PollBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 32);
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final String TAXII = "application/taxii+json;version=2.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pollTheHeadBesideScreening() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target/benchmark")), "poll");
        HubProcessAccess.copyAdvisories(work);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                var hub = Benchmarks.startHub(
                        work, "poll-benchmark", pg, Map.of("HUB_ADVISORIES_IMPORT_ON_START", "true"))) {
            String auth = Benchmarks.partnerKey(hub.port(), "vasp-indicators", "GREEN");
            String poll = "/taxii2/api/collections/vasp-indicators/objects/?added_after=" + head(hub.port(), auth);
            String screen = "/api/v1/screen?value=0x098b716b8aaf21512996dc57eb0615e2383e2f96";
            // Warm-up: both paths until the JIT has compiled them. Under full load on 2 cores the compiler threads
            // share the cores with the requests; after 25 s a poll still ran at half its steady rate.
            for (int round = 0; round < 2; round++) {
                run(hub.port(), auth, TAXII, poll, Duration.ofSeconds(20));
                run(hub.port(), auth, "application/json", screen, Duration.ofSeconds(10));
            }
            long before = settled(pg);
            Result polls = run(hub.port(), auth, TAXII, poll, RUN);
            long lastPoll = System.nanoTime();
            while (pullRecords(pg) - before < polls.count() && System.nanoTime() - lastPoll < 30_000_000_000L) {
                Thread.sleep(20);
            }
            double writerLag = (System.nanoTime() - lastPoll) / 1e6;
            Result screens = run(hub.port(), auth, "application/json", screen, RUN);
            long recorded = settled(pg) - before;
            List<String> report = List.of(
                    String.format(
                            "Empty head polls, GET objects/?added_after=<head> (%d keep-alive connections): %s",
                            CONNECTIONS, polls),
                    String.format(
                            "Single-value screening, GET /api/v1/screen?value= (%d connections): %s",
                            CONNECTIONS, screens),
                    String.format(
                            "Polls per screening request: %.0f %%; pull records written for %,d polls: %,d, the last"
                                    + " one %,.0f ms after the last poll",
                            100.0 * polls.rate() / screens.rate(), polls.count(), recorded, writerLag));
            report.forEach(System.out::println);
            Files.write(Path.of("target/benchmark/poll-benchmark.txt"), report);
        }
    }

    /** What one run measured. */
    record Result(int count, double seconds, double p50, double p99) {
        double rate() {
            return count / seconds;
        }

        @Override
        public String toString() {
            return String.format("%,d in %.1f s, %,.0f/s, p50 %.2f ms, p99 %.2f ms", count, seconds, rate(), p50, p99);
        }
    }

    private static Result run(int port, String auth, String accept, String path, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            futures.add(pool.submit(() -> {
                List<Long> out = new ArrayList<>();
                try (KeepAliveClient http = new KeepAliveClient(port, auth, accept)) {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        KeepAliveClient.Response r = http.get(path);
                        out.add(System.nanoTime() - t0);
                        if (r.status() != 200) {
                            throw new IllegalStateException("HTTP " + r.status() + " for " + path);
                        }
                    }
                }
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size(), seconds, percentile(all, 50), percentile(all, 99));
    }

    /** The {@code date_added} of the newest object, found the way a client starts. */
    private static String head(int port, String auth) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return HubProcessAccess.manifestHead(
                "vasp-indicators",
                path -> http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", auth)
                                .header("Accept", TAXII)
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
    }

    /** The pull records of polls once the writer has written everything buffered (no change for 2 s). */
    private static long settled(EmbeddedPostgres pg) throws Exception {
        long count = pullRecords(pg);
        for (long previous = -1; count != previous; count = pullRecords(pg)) {
            previous = count;
            Thread.sleep(2000);
        }
        return count;
    }

    private static long pullRecords(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pull_log where endpoint = 'objects'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        int i = Math.min(sortedNanos.size() - 1, (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }
}
