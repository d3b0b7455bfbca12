package org.advisoryhub.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Amendment benchmark (run with {@code ./mvnw -Pbenchmark verify}): an official publishes an advisory of
 * {@code benchmark.advisory-indicators} indicators (default 100,000) through the API, then amends it three times to add
 * one indicator, then once to remove one and edit one, publishing each; it times each publication, the per-revision
 * STIX download and the diff, and counts the indicator rows the revisions keep. It prints figures; it asserts nothing.
 */
class AmendBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INDICATORS = Integer.getInteger("benchmark.advisory-indicators", 100_000);
    private static final int CHUNK = 10_000;
    private static final int AMENDMENTS = 3;
    /**
     * A publication of other wallets first, as a running hub has made before: the measured one then runs compiled
     * rather than interpreted, the way the other benchmarks warm up before they measure.
     */
    private static final int WARM_UP = 20_000;

    private static final long WARM_UP_OFFSET = 1L << 32;
    private static final String DRAFTER = "bench-drafter:bench-drafter-password";
    private static final String PUBLISHER = "bench-publisher:bench-publisher-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private String api;

    @Test
    void amendALargeAdvisory() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                var hub = Benchmarks.startHub(work, "amend-benchmark", pg)) {
            api = "http://127.0.0.1:" + hub.port() + "/api/v1";
            List<String> report = new ArrayList<>();
            officials();
            String warmUp = "/advisories/" + draft("Warm-up advisory");
            double warmAdd = seconds(() -> addIndicators(warmUp, WARM_UP_OFFSET, WARM_UP));
            report.add(String.format(
                    "Warm-up: bulk add of %,d other indicators %.2f s, first publication %.2f s (JIT cold)",
                    WARM_UP, warmAdd, publish(warmUp, "Warm-up")));
            String base = "/advisories/" + draft("Benchmark advisory");
            double add = seconds(() -> addIndicators(base, 0, INDICATORS));
            report.add(String.format(
                    "Bulk add of %,d indicators (%d requests): %.2f s", INDICATORS, INDICATORS / CHUNK, add));
            report.add(String.format(
                    "First publication (v1, %,d indicators): %.2f s", INDICATORS, publish(base, "Initial")));
            long[] size = new long[1];
            double bundle = seconds(() -> size[0] =
                    send(DRAFTER, "GET", base + "/revisions/1/stix", null).length());
            report.add(String.format("STIX bundle of v1: %.2f s, %,d MB", bundle, size[0] / 1_000_000));

            List<Double> adds = new ArrayList<>();
            for (int n = 0; n < AMENDMENTS; n++) {
                send(DRAFTER, "POST", base + "/amend", "{}");
                sendText(base + "/indicators/bulk", address(INDICATORS + n) + "\n");
                adds.add(publish(base, "Adds one"));
            }
            report.add(String.format(
                    "Amend adding 1 indicator, publish (v2 to v%d): %s s, median %.2f s",
                    AMENDMENTS + 1,
                    String.join(
                            " / ",
                            adds.stream().map(a -> String.format("%.2f", a)).toList()),
                    adds.stream().sorted().toList().get(AMENDMENTS / 2)));

            send(DRAFTER, "POST", base + "/amend", "{}");
            List<String> two = firstIndicatorIds(base, 2);
            send(DRAFTER, "DELETE", base + "/indicators/" + two.get(0), null);
            JsonNode edited = JSON.readTree(send(DRAFTER, "GET", base + "/indicators/" + two.get(1), null));
            send(
                    DRAFTER,
                    "PUT",
                    base + "/indicators/" + two.get(1),
                    "{\"value\":\"" + edited.get("value").asText()
                            + "\",\"kind\":\"CRYPTO_ADDRESS\",\"chain\":\"ETH\",\"confidence\":40}");
            int last = AMENDMENTS + 2;
            report.add(String.format(
                    "Amend removing 1 and editing 1, publish v%d: %.2f s", last, publish(base, "Drops one")));

            double diff = seconds(() -> send(DRAFTER, "GET", base + "/diff?from=" + (last - 1) + "&to=" + last, null));
            report.add(String.format("Diff v%d to v%d: %.2f s", last - 1, last, diff));
            double bundleLast = seconds(() -> send(DRAFTER, "GET", base + "/revisions/" + last + "/stix", null));
            report.add(String.format("STIX bundle of v%d: %.2f s", last, bundleLast));
            try (var c = pg.getPostgresDatabase().getConnection();
                    var st = c.prepareStatement("select count(*) from published_indicator p"
                            + " join advisory a on a.id = p.advisory_id where a.public_id = ?")) {
                st.setString(1, base.substring(base.lastIndexOf('/') + 1));
                try (var rs = st.executeQuery()) {
                    rs.next();
                    report.add(String.format(
                            "Indicator rows kept for %d revisions of %,d indicators: %,d",
                            last, INDICATORS, rs.getLong(1)));
                }
            }
            report.forEach(System.out::println);
            Files.write(work.resolve("amend-benchmark.txt"), report);
        }
    }

    private String draft(String title) throws Exception {
        return JSON.readTree(send(DRAFTER, "POST", "/advisories", """
                {"title":"%s","summary":"Many wallets","body":"Text","tlp":"GREEN"}""".formatted(title)))
                .get("id")
                .asText();
    }

    /** Bulk-adds {@code count} wallets numbered from {@code first}, 10,000 per request; returns null. */
    private Void addIndicators(String base, long first, int count) {
        for (long from = first; from < first + count; from += CHUNK) {
            StringBuilder text = new StringBuilder();
            for (long i = from; i < Math.min(first + count, from + CHUNK); i++) {
                text.append(address(i)).append('\n');
            }
            sendText(base + "/indicators/bulk", text.toString());
        }
        return null;
    }

    private void officials() {
        String admin = "admin:" + Benchmarks.ADMIN_PASSWORD;
        send(admin, "PUT", "/organizations/bench-agency", """
                {"id":"bench-agency","name":"Benchmark Agency","country":"US","kind":"AGENCY"}""");
        for (String[] o : new String[][] {{"bench-drafter", "drafter"}, {"bench-publisher", "publisher"}}) {
            send(
                    admin,
                    "PUT",
                    "/officials/" + o[0],
                    "{\"username\":\"" + o[0] + "\",\"displayName\":\"" + o[0]
                            + "\",\"password\":\"" + o[0] + "-password\",\"roles\":[\"" + o[1]
                            + "\"],\"organizationId\":\"bench-agency\"}");
        }
    }

    /** Submits, signs off and publishes; the seconds the publish request took. */
    private double publish(String base, String note) {
        send(DRAFTER, "POST", base + "/submit", "{}");
        send(PUBLISHER, "POST", base + "/approve", "{}");
        return seconds(() -> send(PUBLISHER, "POST", base + "/publish", "{\"changeNote\":\"" + note + "\"}"));
    }

    private List<String> firstIndicatorIds(String base, int n) throws Exception {
        JsonNode page = JSON.readTree(send(DRAFTER, "GET", base + "/indicators?limit=" + n, null));
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static String address(long i) {
        return String.format("0x%040x", 0x5eed_0000_0000L + i * 7919);
    }

    private static double seconds(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    private String sendText(String path, String text) {
        return send(DRAFTER, "POST", path, text, "text/plain");
    }

    private String send(String credentials, String method, String path, String body) {
        return send(credentials, method, path, body, "application/json");
    }

    private String send(String credentials, String method, String path, String body, String type) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofMinutes(5))
                    .header(
                            "Authorization",
                            "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", type)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
