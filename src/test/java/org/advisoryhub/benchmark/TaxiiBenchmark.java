package org.advisoryhub.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TAXII pull benchmark (run with {@code ./mvnw -Pbenchmark verify}): loads {@code benchmark.indicators}
 * (default 1,000,000) indicator objects into the distribution table of a packaged hub, then pulls the whole
 * collection with {@code limit=1000} over HTTP and prints objects/s, first and last page times and the
 * latency of an {@code added_after} poll at the head of the feed. It prints figures; it asserts nothing.
 */
class TaxiiBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INDICATORS = Integer.getInteger("benchmark.indicators", 1_000_000);
    private static final String TAXII = "application/taxii+json;version=2.1";

    @Test
    void pullTheWholeCollection() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (var hub = Benchmarks.startHub(work, "benchmark", pg)) {
                String auth = Benchmarks.partnerKey(hub.port(), "partner-governments", "AMBER");
                Instant loadStart = Instant.now();
                String before;
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    before = load(c, INDICATORS);
                }
                Duration load = Duration.between(loadStart, Instant.now());
                List<String> report = new ArrayList<>();
                report.add(
                        String.format("Loaded %,d indicator objects in %.1f s", INDICATORS, load.toMillis() / 1000.0));
                pull(hub.port(), auth, before, report);
                report.forEach(System.out::println);
                Files.write(work.resolve("taxii-benchmark.txt"), report);
            }
        }
    }

    /** Rows shaped like the hub's own indicator objects, added in one burst like a bulk publication. */
    private static String load(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("select 1 from taxii_clock where id = 1 for update");
            var rs = s.executeQuery(
                    "select greatest(now(), last + interval '1 microsecond') from taxii_clock where id = 1");
            rs.next();
            Instant base = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            s.execute("""
                    insert into stix_object (date_added, stix_id, type, version, advisory_id, tlp_rank, recipients, revoked,
                        first, latest, body)
                    select timestamptz '%s' + (i * interval '1 microsecond'),
                        'indicator--' || md5('bench' || i)::uuid, 'indicator', timestamptz '2026-01-01T00:00:00Z', null, 1,
                        '{}', false, true, true,
                        json_build_object('type', 'indicator', 'spec_version', '2.1',
                            'id', 'indicator--' || md5('bench' || i)::uuid,
                            'created', '2026-01-01T00:00:00.000Z', 'modified', '2026-01-01T00:00:00.000Z',
                            'created_by_ref', 'identity--fe7c77a7-0211-5553-b36c-bc95fc27ddc0',
                            'name', 'Crypto address (ETH): 0x' || md5('addr' || i) || '12345678',
                            'description', 'Indicator of HUB-2026-9999: benchmark advisory',
                            'indicator_types', json_build_array('malicious-activity'),
                            'pattern', '[cryptocurrency-wallet:value = ''0x' || md5('addr' || i) || '12345678'']',
                            'pattern_type', 'stix', 'pattern_version', '2.1',
                            'valid_from', '2026-01-01T00:00:00.000Z', 'lang', 'en',
                            'object_marking_refs', json_build_array('marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'))::text
                    from generate_series(0, %d) i""".formatted(base, n - 1));
            s.execute("update taxii_clock set last = timestamptz '%s' + (%d * interval '1 microsecond') where id = 1"
                    .formatted(base, n - 1));
            s.execute("analyze stix_object");
            return org.advisoryhub.taxii.Taxii.timestamp(base.minusNanos(1000));
        }
    }

    private static void pull(int port, String auth, String after, List<String> report) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port + "/taxii2/api/collections/partner-governments/objects/?limit=1000"
                + "&match[type]=indicator&added_after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        // Warm the JIT on both ends with one whole pull first: with a few pages only, the first half of the measured
        // pull still ran partly interpreted, and first and last pages were not compared at the same temperature.
        String warm = null;
        do {
            HttpResponse<byte[]> r = http.send(
                    get(warm == null ? base : base + "&next=" + warm, auth), HttpResponse.BodyHandlers.ofByteArray());
            warm = Page.read(r.body()).next();
        } while (warm != null);
        List<Long> pageNanos = new ArrayList<>();
        long objects = 0;
        String next = null;
        String last = after;
        long start = System.nanoTime();
        do {
            String url = next == null ? base : base + "&next=" + next;
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(get(url, auth), HttpResponse.BodyHandlers.ofByteArray());
            pageNanos.add(System.nanoTime() - t0);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            Page page = Page.read(r.body());
            objects += page.objects();
            next = page.next();
            last = r.headers().firstValue("X-TAXII-Date-Added-Last").orElse(last);
        } while (next != null);
        double seconds = (System.nanoTime() - start) / 1e9;
        int firstCount = Math.min(10, pageNanos.size());
        double first = median(pageNanos.subList(0, firstCount));
        double lastPages = median(pageNanos.subList(pageNanos.size() - firstCount, pageNanos.size()));
        report.add(String.format(
                "Full pull: %,d objects in %,d pages, %.1f s, %,.0f objects/s",
                objects, pageNanos.size(), seconds, objects / seconds));
        report.add(String.format(
                "First page %.1f ms (median of first %d: %.1f ms), last page %.1f ms (median of last %d: %.1f ms), "
                        + "ratio %.2f",
                pageNanos.get(0) / 1e6,
                firstCount,
                first,
                pageNanos.get(pageNanos.size() - 1) / 1e6,
                firstCount,
                lastPages,
                lastPages / first));
        List<Long> polls = new ArrayList<>();
        String poll = "http://127.0.0.1:" + port + "/taxii2/api/collections/partner-governments/objects/?added_after="
                + URLEncoder.encode(last, StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            http.send(get(poll, auth), HttpResponse.BodyHandlers.discarding());
            polls.add(System.nanoTime() - t0);
        }
        Collections.sort(polls);
        report.add(String.format(
                "added_after poll at the head of the feed: p50 %.2f ms, p99 %.2f ms",
                polls.get(polls.size() / 2) / 1e6, polls.get(polls.size() * 99 / 100) / 1e6));
    }

    /** Counts objects and reads next with a streaming parser, as a lean TAXII client would. */
    private record Page(int objects, String next) {
        static Page read(byte[] body) throws java.io.IOException {
            int objects = 0;
            String next = null;
            try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(body)) {
                p.nextToken();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("next".equals(field)) {
                        next = p.getText();
                    } else if ("objects".equals(field)) {
                        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                            p.skipChildren();
                            objects++;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return new Page(objects, next);
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static HttpRequest get(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .header("Accept", TAXII)
                .GET()
                .build();
    }
}
